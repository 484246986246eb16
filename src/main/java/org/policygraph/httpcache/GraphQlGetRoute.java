package org.policygraph.httpcache;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.policygraph.error.ErrorCode;
import org.policygraph.guard.GuardErrors;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RequestPredicates;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * GET /graphql?query=…[&amp;operationName=…][&amp;variables=…] (GraphQL over HTTP), which
 * caches and CDNs can keep: Spring for GraphQL serves POST only. The request goes through
 * the same WebGraphQlHandler as a POST, so every interceptor and every guard check of the
 * engine (parser limits, depth, selections, cost, deadline, trusted documents) applies;
 * the query string is bounded by the connector's request-line limit as a body is by
 * RequestLimitsFilter. An answer without errors carries the graph's version as ETag and
 * Cache-Control; one with errors is never to be stored; If-None-Match naming the current
 * version is answered 304 before anything is parsed or run.
 */
@Configuration(proxyBeanMethods = false)
// the ingest and export commands start without a web server, and without GraphQL's
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlGetRoute {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Before Spring Boot's routes, whose GET /graphql only answers 405. */
	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	RouterFunction<ServerResponse> graphQlGet(WebGraphQlHandler graphQl, GraphVersion version) {
		return RouterFunctions.route(
				RequestPredicates.GET("/graphql").and(request -> request.param("query").isPresent()),
				request -> get(request, graphQl, version));
	}

	private static ServerResponse get(ServerRequest request, WebGraphQlHandler graphQl, GraphVersion version) {
		String etag = version.etag();
		if (GraphVersion.matches(request.headers().firstHeader(HttpHeaders.IF_NONE_MATCH), etag)) {
			return ServerResponse.status(HttpStatus.NOT_MODIFIED)
				.eTag(etag)
				.cacheControl(version.cacheControl())
				.build();
		}
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("query", request.param("query").orElseThrow());
		request.param("operationName")
			.filter(name -> !name.isBlank())
			.ifPresent(name -> body.put("operationName", name));
		String variables = request.param("variables").orElse(null);
		if (variables != null && !variables.isBlank()) {
			try {
				body.put("variables", JSON.readValue(variables, Map.class));
			}
			catch (JacksonException | ClassCastException ex) {
				return ServerResponse.badRequest()
					.cacheControl(CacheControl.noStore())
					.contentType(MediaType.APPLICATION_JSON)
					.body(GuardErrors.body(ErrorCode.BAD_JSON, "\"variables\" must be a JSON object"));
			}
		}
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(), null,
				request.remoteAddress().orElse(null), request.attributes(), body, UUID.randomUUID().toString(),
				LocaleContextHolder.getLocale());
		// blocking is fine: this is a request thread, as for a POST
		WebGraphQlResponse response = graphQl.handleRequest(graphQlRequest).block();
		ServerResponse.BodyBuilder answer = ServerResponse.ok()
			.contentType(MediaType.APPLICATION_JSON)
			.headers(headers -> headers.addAll(response.getResponseHeaders()));
		if (response.isValid() && response.getErrors().isEmpty()) {
			answer.eTag(etag).cacheControl(version.cacheControl()).varyBy(HttpHeaders.ACCEPT);
		}
		else {
			answer.cacheControl(CacheControl.noStore());
		}
		return answer.body(response.toMap());
	}

}
