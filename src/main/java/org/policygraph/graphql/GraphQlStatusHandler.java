package org.policygraph.graphql;

import java.util.List;

import org.policygraph.error.ErrorCode;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;

/**
 * Spring's /graphql handler, except that a response whose errors all say the database is
 * unavailable is sent with HTTP 503, so load balancers, monitors and clients see an
 * outage as one and retry later, and an answer without data that the guard refused gets
 * the refusal's status (400, 403) whatever media type the client accepts.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlStatusHandler extends GraphQlHttpHandler {

	GraphQlStatusHandler(WebGraphQlHandler handler) {
		super(handler);
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType contentType) {
		List<ResponseError> errors = response.getErrors();
		if (!errors.isEmpty() && errors.stream()
			.allMatch(error -> ErrorCode.DATABASE_UNAVAILABLE.name().equals(error.getExtensions().get("code")))) {
			return ErrorCode.DATABASE_UNAVAILABLE.status();
		}
		if (!response.getExecutionResult().isDataPresent() && !errors.isEmpty()) {
			ErrorCode refusal = ErrorCode.of(errors.getFirst().getExtensions().get("code"));
			if (refusal != null && refusal.status() != HttpStatus.OK) {
				return refusal.status();
			}
		}
		return super.selectResponseStatus(response, contentType);
	}

}
