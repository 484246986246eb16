package org.policygraph.error;

import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The error vocabulary of the API: a stable code a client can branch on, and the HTTP
 * status that goes with it where the error ends the HTTP request (the GraphQL request
 * filter, the REST endpoints). Errors raised while GraphQL runs keep HTTP 200 and carry
 * the code in their extensions.
 */
public enum ErrorCode {

	// The GraphQL request filter, before the engine sees the request.

	BAD_JSON(HttpStatus.BAD_REQUEST),

	MISSING_QUERY(HttpStatus.BAD_REQUEST),

	INVALID_SYNTAX(HttpStatus.BAD_REQUEST),

	GRAPHQL_VALIDATION_FAILED(HttpStatus.BAD_REQUEST),

	QUERY_TOO_DEEP(HttpStatus.BAD_REQUEST),

	QUERY_TOO_COMPLEX(HttpStatus.BAD_REQUEST),

	UNKNOWN_DOCUMENT(HttpStatus.BAD_REQUEST),

	INTROSPECTION_DISABLED(HttpStatus.FORBIDDEN),

	UNTRUSTED_DOCUMENT(HttpStatus.FORBIDDEN),

	REQUEST_TOO_LARGE(HttpStatus.CONTENT_TOO_LARGE),

	/**
	 * A body in a charset other than UTF-8, which the filter and Spring could read apart.
	 */
	UNSUPPORTED_CHARSET(HttpStatus.UNSUPPORTED_MEDIA_TYPE),

	/** A body that didn't arrive within the body deadline or at the minimum rate. */
	BODY_TOO_SLOW(HttpStatus.REQUEST_TIMEOUT),

	/**
	 * All execution slots busy for longer than the queue timeout; sent with Retry-After.
	 */
	SERVER_BUSY(HttpStatus.SERVICE_UNAVAILABLE),

	// The document and operation the engine is about to run (guard/).

	QUERY_TOO_COSTLY(HttpStatus.BAD_REQUEST),

	/** The execution was stopped: its answer grew past the cap. */
	ANSWER_TOO_LARGE(HttpStatus.BAD_REQUEST),

	// While GraphQL runs (the exception resolver). A response whose errors are all
	// DATABASE_UNAVAILABLE is an outage (503); a timeout stops the whole execution, which
	// answers with one error and what data it had (200).

	DATABASE_UNAVAILABLE(HttpStatus.SERVICE_UNAVAILABLE),

	REQUEST_TIMEOUT(HttpStatus.OK),

	QUERY_TIMEOUT(HttpStatus.OK),

	// The REST endpoints: exports and the admin endpoints.

	BAD_REQUEST(HttpStatus.BAD_REQUEST),

	NOT_FOUND(HttpStatus.NOT_FOUND),

	MALFORMED_GAZETTE(HttpStatus.BAD_REQUEST),

	WRITE_IN_PROGRESS(HttpStatus.CONFLICT),

	ADMIN_TOKEN_REQUIRED(HttpStatus.UNAUTHORIZED);

	private final HttpStatus status;

	ErrorCode(HttpStatus status) {
		this.status = status;
	}

	public HttpStatus status() {
		return status;
	}

	/** The code an error carries in its extensions, or null for another or none. */
	public static ErrorCode of(Object code) {
		for (ErrorCode candidate : values()) {
			if (candidate.name().equals(code)) {
				return candidate;
			}
		}
		return null;
	}

	/** The code as a REST error: status, the message as detail, and the code. */
	public ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", name());
		return problem;
	}

}
