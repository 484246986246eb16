package org.policygraph.error;

import java.io.IOException;

import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.converter.json.ProblemDetailJacksonMixin;
import tools.jackson.databind.json.JsonMapper;

/**
 * Writes a problem from a servlet filter, which runs before Spring MVC could render one:
 * the same {@code application/problem+json} body a controller's {@link ProblemDetail}
 * gets.
 */
public final class ProblemResponses {

	private static final JsonMapper JSON = JsonMapper.builder()
		.addMixIn(ProblemDetail.class, ProblemDetailJacksonMixin.class)
		.build();

	private ProblemResponses() {
	}

	public static void send(HttpServletResponse response, ErrorCode code, String detail) throws IOException {
		response.setStatus(code.status().value());
		response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
		response.setCharacterEncoding("UTF-8");
		JSON.writeValue(response.getOutputStream(), code.problem(detail));
	}

}
