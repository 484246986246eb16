package org.policygraph.graphql;

import java.util.Map;
import java.util.UUID;

import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import graphql.schema.DataFetchingEnvironment;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.SessionExpiredException;
import org.neo4j.driver.exceptions.TransientException;
import org.policygraph.guard.ExecutionGuard;
import org.policygraph.error.ErrorCode;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.neo4j.RequestTimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.execution.DataFetcherExceptionResolverAdapter;
import org.springframework.graphql.execution.ErrorType;
import org.springframework.stereotype.Component;

/**
 * Turns failures into GraphQL errors a journalist can act on. Known failures say what to
 * change; anything unexpected becomes an opaque error with an id that is in the log, so
 * no stack trace, Cypher or file path reaches a client.
 */
@Component
class ApiExceptionResolver extends DataFetcherExceptionResolverAdapter {

	private static final Logger log = LoggerFactory.getLogger(ApiExceptionResolver.class);

	ApiExceptionResolver() {
		setThreadLocalContextAware(true);
	}

	@Override
	protected GraphQLError resolveToSingleError(Throwable ex, DataFetchingEnvironment env) {
		if (ex instanceof BadRequestException) {
			return error(env, ErrorType.BAD_REQUEST, ex.getMessage(), Map.of());
		}
		if (ex instanceof NotFoundException notFound) {
			return error(env, ErrorType.NOT_FOUND, ex.getMessage(), Map.of("suggestions", notFound.suggestions()));
		}
		// Transient: the driver already retried (deadlocks, a database starting or
		// switching leader) and gave up.
		if (ex instanceof ServiceUnavailableException || ex instanceof SessionExpiredException
				|| ex instanceof TransientException) {
			String id = incident(ex);
			return error(env, ErrorType.INTERNAL_ERROR, "the graph database is unavailable; try again shortly",
					Map.of("code", ErrorCode.DATABASE_UNAVAILABLE.name(), "incident", id));
		}
		// A timeout is the request's size, not a fault: it stops the whole execution,
		// which answers with one error and logs one line without a stack trace.
		if (ex instanceof RequestTimeoutException) {
			return stopped(env, ErrorCode.REQUEST_TIMEOUT, ex.getMessage());
		}
		if (Neo4jReads.isTimeout(ex)) {
			return stopped(env, ErrorCode.QUERY_TIMEOUT,
					"the query took too long and was stopped; ask for fewer items or a shallower graph");
		}
		String id = incident(ex);
		return error(env, ErrorType.INTERNAL_ERROR, "internal error, incident " + id, Map.of("incident", id));
	}

	private static GraphQLError stopped(DataFetchingEnvironment env, ErrorCode reason, String message) {
		if (!ExecutionGuard.stop(env.getGraphQlContext(), reason, message)) {
			log.warn("{}: {}", reason, message);
		}
		return error(env, ErrorType.INTERNAL_ERROR, message, Map.of("code", reason.name()));
	}

	private static String incident(Throwable ex) {
		String id = UUID.randomUUID().toString();
		log.error("incident {}", id, ex);
		return id;
	}

	private static GraphQLError error(DataFetchingEnvironment env, ErrorType type, String message,
			Map<String, Object> extensions) {
		return GraphqlErrorBuilder.newError(env).errorType(type).message(message).extensions(extensions).build();
	}

}
