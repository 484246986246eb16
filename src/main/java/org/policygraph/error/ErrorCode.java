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

	// While GraphQL runs (the exception resolver). A response whose errors are all
	// DATABASE_UNAVAILABLE is an outage (503); a timed-out field still comes with the
	// rest of the data (200).

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

	/** The code as a REST error: status, the message as detail, and the code. */
	public ProblemDetail problem(String detail) {
		ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
		problem.setProperty("code", name());
		return problem;
	}

}
