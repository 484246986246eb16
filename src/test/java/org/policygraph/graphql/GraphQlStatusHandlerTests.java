package org.policygraph.graphql;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import graphql.ExecutionInput;
import graphql.ExecutionResultImpl;
import org.junit.jupiter.api.Test;
import org.policygraph.guard.AdmittedRequest;
import org.springframework.graphql.ExecutionGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.http.converter.json.JacksonJsonHttpMessageConverter;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.servlet.function.ServerRequest;
import reactor.core.publisher.Mono;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The handler executes the request the guard's filter read, without reading the body
 * again, and leaves every other body to Spring's decoder.
 */
class GraphQlStatusHandlerTests {

	private final AtomicReference<ExecutionGraphQlRequest> executed = new AtomicReference<>();

	private final GraphQlStatusHandler handler = new GraphQlStatusHandler(WebGraphQlHandler.builder(request -> {
		executed.set(request);
		ExecutionInput input = request.toExecutionInput();
		return Mono.just(new DefaultExecutionGraphQlResponse(input,
				ExecutionResultImpl.newExecutionResult().data(Map.of("a", 1)).build()));
	}).build());

	@Test
	void theFiltersRequestIsExecutedAndTheBodyNotReadAgain() throws Exception {
		// a body Spring's decoder would refuse: only the kept request can answer
		MockHttpServletRequest servlet = post("application/json;charset=UTF-8", "not JSON");
		AdmittedRequest.keep(servlet, admitted("query Q($n: Int) { a(n: $n) }", "Q", Map.of("n", 53)));

		handler.handleRequest(request(servlet));

		assertThat(executed.get().getDocument()).isEqualTo("query Q($n: Int) { a(n: $n) }");
		assertThat(executed.get().getOperationName()).isEqualTo("Q");
		assertThat(executed.get().getVariables()).isEqualTo(Map.of("n", 53));
	}

	@Test
	void otherMediaTypesAndUnkeptBodiesAreSpringsToRead() throws Exception {
		MockHttpServletRequest graphqlType = post("application/graphql", "not JSON");
		AdmittedRequest.keep(graphqlType, admitted("{ a }", null, Map.of()));
		assertThatThrownBy(() -> handler.handleRequest(request(graphqlType))).isNotNull();
		assertThat(executed.get()).isNull();

		MockHttpServletRequest unkept = post("application/json", "{\"query\":\"{ b }\",\"variables\":null}");
		handler.handleRequest(request(unkept));
		assertThat(executed.get().getDocument()).isEqualTo("{ b }");
	}

	private static SerializableGraphQlRequest admitted(String query, String operation, Map<String, Object> variables) {
		SerializableGraphQlRequest request = new SerializableGraphQlRequest();
		request.setQuery(query);
		request.setOperationName(operation);
		request.setVariables(variables);
		return request;
	}

	private static MockHttpServletRequest post(String contentType, String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setContentType(contentType);
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	private static ServerRequest request(MockHttpServletRequest servlet) {
		List<HttpMessageConverter<?>> converters = List.of(new JacksonJsonHttpMessageConverter());
		return ServerRequest.create(servlet, converters);
	}

}
