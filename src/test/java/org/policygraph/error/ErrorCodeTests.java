package org.policygraph.error;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;
import org.springframework.mock.web.MockHttpServletResponse;

/**
 * The codes clients branch on and their statuses are a contract: this is the list as it
 * was when the vocabulary was gathered in one place.
 */
class ErrorCodeTests {

	@Test
	void everyCodeKeepsItsStatus() {
		Map<String, Integer> statuses = Arrays.stream(ErrorCode.values())
			.collect(Collectors.toMap(ErrorCode::name, code -> code.status().value()));
		assertThat(statuses).containsAllEntriesOf(Map.ofEntries(Map.entry("BAD_JSON", 400),
				Map.entry("MISSING_QUERY", 400), Map.entry("INVALID_SYNTAX", 400),
				Map.entry("GRAPHQL_VALIDATION_FAILED", 400), Map.entry("QUERY_TOO_DEEP", 400),
				Map.entry("QUERY_TOO_COMPLEX", 400), Map.entry("UNKNOWN_DOCUMENT", 400),
				Map.entry("INTROSPECTION_DISABLED", 403), Map.entry("UNTRUSTED_DOCUMENT", 403),
				Map.entry("REQUEST_TOO_LARGE", 413), Map.entry("DATABASE_UNAVAILABLE", 503),
				Map.entry("NOT_FOUND", 404), Map.entry("BAD_REQUEST", 400), Map.entry("MALFORMED_GAZETTE", 400),
				Map.entry("WRITE_IN_PROGRESS", 409), Map.entry("ADMIN_TOKEN_REQUIRED", 401)));
	}

	@Test
	void theGuardsCodesHaveTheirStatuses() {
		assertThat(ErrorCode.UNSUPPORTED_CHARSET.status().value()).isEqualTo(415);
		assertThat(ErrorCode.BODY_TOO_SLOW.status().value()).isEqualTo(408);
		assertThat(ErrorCode.SERVER_BUSY.status().value()).isEqualTo(503);
		assertThat(ErrorCode.QUERY_TOO_COSTLY.status().value()).isEqualTo(400);
		assertThat(ErrorCode.ANSWER_TOO_LARGE.status().value()).isEqualTo(400);
		assertThat(ErrorCode.of("QUERY_TOO_COSTLY")).isEqualTo(ErrorCode.QUERY_TOO_COSTLY);
		assertThat(ErrorCode.of("NO_SUCH_CODE")).isNull();
	}

	@Test
	void aProblemCarriesStatusDetailAndCode() {
		ProblemDetail problem = ErrorCode.WRITE_IN_PROGRESS.problem("another reload is running");
		assertThat(problem.getStatus()).isEqualTo(409);
		assertThat(problem.getDetail()).isEqualTo("another reload is running");
		assertThat(problem.getProperties()).containsEntry("code", "WRITE_IN_PROGRESS");
	}

	@Test
	void aFilterSendsTheSameProblemJson() throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		ProblemResponses.send(response, ErrorCode.ADMIN_TOKEN_REQUIRED, "an admin token is required");
		assertThat(response.getStatus()).isEqualTo(401);
		assertThat(response.getContentType()).startsWith("application/problem+json");
		assertThat(response.getContentAsString()).contains("\"status\":401")
			.contains("\"detail\":\"an admin token is required\"")
			.contains("\"code\":\"ADMIN_TOKEN_REQUIRED\"")
			.doesNotContain("properties");
	}

}
