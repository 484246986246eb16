package org.policygraph.guard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.policygraph.error.ErrorCode;
import org.springframework.graphql.execution.ErrorType;

/**
 * The guard's refusals as GraphQL errors: the code in {@code extensions.code}, classified
 * by the status it is answered with (an answer that carries nothing but the refusal gets
 * that status, see GraphQlStatusHandler).
 */
public final class GuardErrors {

	private GuardErrors() {
	}

	static ErrorClassification classification(ErrorCode code) {
		return switch (code.status().value()) {
			case 403 -> ErrorType.FORBIDDEN;
			case 200, 503 -> ErrorType.INTERNAL_ERROR;
			default -> ErrorType.BAD_REQUEST;
		};
	}

	static GraphQLError error(ErrorCode code, String message) {
		return error(code, message, Map.of());
	}

	static GraphQLError error(ErrorCode code, String message, Map<String, Object> extensions) {
		Map<String, Object> all = new LinkedHashMap<>(extensions);
		all.put("code", code.name());
		return GraphqlErrorBuilder.newError().message(message).errorType(classification(code)).extensions(all).build();
	}

	/** The body of an answer refused before it reached the engine. */
	public static Map<String, Object> body(ErrorCode code, String message) {
		return Map.of("errors", List.of(Map.of("message", message, "extensions",
				Map.of("classification", classification(code).toString(), "code", code.name()))));
	}

}
