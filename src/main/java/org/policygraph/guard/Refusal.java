package org.policygraph.guard;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.ErrorClassification;
import graphql.GraphQLError;
import graphql.GraphqlErrorBuilder;
import org.springframework.graphql.execution.ErrorType;

/**
 * Why the guard refused or stopped a request: a stable code in {@code extensions.code}
 * and the HTTP status it is answered with. The message, given where the refusal is made,
 * says which limit and what to change.
 */
public enum Refusal {

	BAD_JSON(400), MISSING_QUERY(400), UNKNOWN_DOCUMENT(400), REQUEST_TOO_LARGE(413), UNSUPPORTED_CHARSET(415),
	BODY_TOO_SLOW(408), INVALID_SYNTAX(400), QUERY_TOO_DEEP(400), QUERY_TOO_COMPLEX(400), QUERY_TOO_COSTLY(400),
	GRAPHQL_VALIDATION_FAILED(400), INTROSPECTION_DISABLED(403), UNTRUSTED_DOCUMENT(403), SERVER_BUSY(503),
	/** The execution was stopped: the answer grew past its cap. */
	ANSWER_TOO_LARGE(400),
	/** The execution was stopped: the request's deadline passed. */
	REQUEST_TIMEOUT(200),
	/** The execution was stopped: the database terminated a query that ran too long. */
	QUERY_TIMEOUT(200);

	private final int status;

	Refusal(int status) {
		this.status = status;
	}

	/** The HTTP status of an answer that carries nothing but this refusal. */
	public int status() {
		return status;
	}

	ErrorClassification classification() {
		return switch (status) {
			case 403 -> ErrorType.FORBIDDEN;
			case 503, 200 -> ErrorType.INTERNAL_ERROR;
			default -> ErrorType.BAD_REQUEST;
		};
	}

	/** The refusal with its code read back from an error, or null for other errors. */
	public static Refusal of(Object code) {
		for (Refusal refusal : values()) {
			if (refusal.name().equals(code)) {
				return refusal;
			}
		}
		return null;
	}

	GraphQLError error(String message) {
		return error(message, Map.of());
	}

	GraphQLError error(String message, Map<String, Object> extensions) {
		Map<String, Object> all = new LinkedHashMap<>(extensions);
		all.put("code", name());
		return GraphqlErrorBuilder.newError().message(message).errorType(classification()).extensions(all).build();
	}

	/** The body of an answer refused before it reached the engine. */
	Map<String, Object> body(String message) {
		return Map.of("errors", List.of(Map.of("message", message, "extensions",
				Map.of("classification", classification().toString(), "code", name()))));
	}

}
