package org.policygraph.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;

import com.jayway.jsonpath.DocumentContext;
import com.jayway.jsonpath.JsonPath;
import tools.jackson.databind.json.JsonMapper;

/**
 * Posts GraphQL requests to a running server over real HTTP, so tests see what clients
 * see: status codes, error bodies, extensions.
 */
public final class GraphQlHttp {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

	private final URI endpoint;

	public GraphQlHttp(int port) {
		this.endpoint = URI.create("http://127.0.0.1:" + port + "/graphql");
	}

	public record Response(int status, String body) {

		public DocumentContext json() {
			return JsonPath.parse(body);
		}

		public <T> T read(String path) {
			return json().read(path);
		}

		public boolean hasErrors() {
			return body.contains("\"errors\"");
		}
	}

	public Response post(String query) {
		return post(query, Map.of());
	}

	public Response post(String query, Map<String, Object> variables) {
		return postRaw(JSON.writeValueAsString(Map.of("query", query, "variables", variables)));
	}

	public Response postRaw(String body) {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build();
		try {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return new Response(response.statusCode(), response.body());
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Fails the test with the body when the response has errors, then reads a path. */
	public <T> T data(String query, String path) {
		return data(query, Map.of(), path);
	}

	public <T> T data(String query, Map<String, Object> variables, String path) {
		Response response = post(query, variables);
		if (response.status() != 200 || response.hasErrors()) {
			throw new AssertionError("unexpected response " + response.status() + ": " + response.body());
		}
		return response.read(path);
	}

}
