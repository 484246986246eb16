package org.policygraph.guard;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.http.HttpServletRequest;
import org.junit.jupiter.api.Test;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The request the filter keeps is the one Spring's decoder would have read from the same
 * bytes, value types included, and a body it can't be sure of is left to the decoder.
 */
class AdmittedRequestTests {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	@Test
	void plainBodiesAreReadAsSpringsDecoderReadsThem() {
		List<String> bodies = List.of("{\"query\":\"{ serviceItem(no: 1) { name } }\"}",
				"{\"query\":\"query Q($n: Int!) { serviceItem(no: $n) { name } }\",\"operationName\":\"Q\",\"variables\":{\"n\":53}}",
				"{\"operationName\":null,\"query\":\"{ a }\",\"variables\":{}}",
				"{\"query\":\"{ a }\",\"variables\":{\"big\":12345678901,\"huge\":123456789012345678901234567890,"
						+ "\"float\":1.5,\"exp\":2e3,\"neg\":-0,\"t\":true,\"none\":null,\"text\":\"吉林省财政厅\\u0000\\n\","
						+ "\"list\":[1,\"two\",[3],{\"four\":4.0}],\"input\":{\"no\":[1,2],\"name\":{\"zh\":\"法律援助\"}}},"
						+ "\"extensions\":{\"persistedQuery\":{\"version\":1,\"sha256Hash\":\"ab\"}}}",
				"{\"query\":\"{ a }\",\"query\":\"{ b }\"}", "{\"extensions\":{},\"query\":\"\"}");
		for (String body : bodies) {
			GraphQlRequest admitted = AdmittedRequest.from((ObjectNode) JSON.readTree(body), JSON);
			SerializableGraphQlRequest decoded = JSON.readValue(body, SerializableGraphQlRequest.class);
			assertThat(admitted).as(body).isNotNull();
			assertThat(admitted.getDocument()).as(body).isEqualTo(decoded.getDocument());
			assertThat(admitted.getOperationName()).as(body).isEqualTo(decoded.getOperationName());
			assertThat(admitted.getVariables()).as(body).isEqualTo(decoded.getVariables());
			assertThat(typesOf(admitted.getVariables())).as(body).isEqualTo(typesOf(decoded.getVariables()));
			assertThat(admitted.getExtensions()).as(body).isEqualTo(decoded.getExtensions());
		}
	}

	@Test
	void bodiesTheDecoderMightReadOtherwiseAreLeftToIt() {
		for (String body : List.of("{\"query\":\"{ a }\",\"variables\":null}", "{\"query\":\"{ a }\",\"variables\":[]}",
				"{\"query\":\"{ a }\",\"variables\":\"{}\"}", "{\"query\":\"{ a }\",\"extensions\":null}",
				"{\"query\":7}", "{\"query\":null}", "{\"variables\":{}}", "{\"query\":\"{ a }\",\"operationName\":3}",
				"{\"query\":\"{ a }\",\"id\":\"x\"}", "{\"query\":\"{ a }\",\"Query\":\"{ b }\"}")) {
			assertThat(AdmittedRequest.from((ObjectNode) JSON.readTree(body), JSON)).as(body).isNull();
		}
	}

	@Test
	void theFilterKeepsTheRequestOnTheServletRequestItHandsOn() throws Exception {
		AtomicReference<GraphQlRequest> kept = new AtomicReference<>();
		String catalog = "{ serviceItem(no: 1) { name } }";
		RequestLimitsFilter filter = new RequestLimitsFilter(limits(),
				new TrustedDocuments(Map.of("01-item-leads", catalog)));

		filter.doFilter(post("{\"query\":\"{ a }\",\"variables\":{\"n\":1}}"), new MockHttpServletResponse(),
				chain(kept));
		assertThat(kept.get().getDocument()).isEqualTo("{ a }");
		assertThat(kept.get().getVariables()).isEqualTo(Map.of("n", 1));

		filter.doFilter(post("{\"documentId\":\"01-item-leads\"}"), new MockHttpServletResponse(), chain(kept));
		assertThat(kept.get().getDocument()).isEqualTo(catalog);

		filter.doFilter(post("{\"query\":\"{ a }\",\"variables\":null}"), new MockHttpServletResponse(), chain(kept));
		assertThat(kept.get()).isNull();
	}

	private static MockFilterChain chain(AtomicReference<GraphQlRequest> kept) {
		return new MockFilterChain(new jakarta.servlet.http.HttpServlet() {
			@Override
			protected void service(jakarta.servlet.http.HttpServletRequest request,
					jakarta.servlet.http.HttpServletResponse response) {
				kept.set(AdmittedRequest.of(request));
			}
		});
	}

	private static HttpServletRequest post(String body) {
		MockHttpServletRequest request = new MockHttpServletRequest("POST", "/graphql");
		request.setContentType("application/json");
		request.setContent(body.getBytes(StandardCharsets.UTF_8));
		return request;
	}

	private static GuardProperties limits() {
		return new GuardProperties(65_536, Duration.ofSeconds(10), 1024, 12, 600, 15_000, 20_000, 5_242_880, 0,
				Duration.ofSeconds(2), Duration.ofSeconds(15), Duration.ofSeconds(10), false, true, "");
	}

	private static Object typesOf(Object value) {
		if (value instanceof Map<?, ?> map) {
			return map.entrySet().stream().map(e -> List.of(e.getKey(), typesOf(e.getValue()))).toList();
		}
		if (value instanceof List<?> list) {
			return list.stream().map(AdmittedRequestTests::typesOf).toList();
		}
		return value == null ? "null" : value.getClass().getName();
	}

}
