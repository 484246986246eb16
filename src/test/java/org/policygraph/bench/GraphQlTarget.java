package org.policygraph.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.function.Function;

import tools.jackson.databind.json.JsonMapper;

/**
 * A GraphQL server over HTTP: ours or the peer. Both report the Cypher a request cost in
 * {@code extensions.cypherQueries}; the response is read only as far as that and the
 * absence of errors, so the client spends the same on both.
 */
final class GraphQlTarget implements Target {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final String COUNT = "\"cypherQueries\":";

	private final String name;

	private final URI endpoint;

	private final Function<Catalog.Question, String> documents;

	private final HttpClient client = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.connectTimeout(Duration.ofSeconds(5))
		.build();

	private GraphQlTarget(String name, URI endpoint, Function<Catalog.Question, String> documents) {
		this.name = name;
		this.endpoint = endpoint;
		this.documents = documents;
	}

	static GraphQlTarget ours(int port) {
		return new GraphQlTarget("ours", URI.create("http://127.0.0.1:" + port + "/graphql"), Catalog.Question::ours);
	}

	static GraphQlTarget peer(int port) {
		return new GraphQlTarget("peer", URI.create("http://127.0.0.1:" + port + "/graphql"), Catalog.Question::peer);
	}

	@Override
	public String name() {
		return name;
	}

	@Override
	public boolean asks(Catalog.Question question) {
		return documents.apply(question) != null;
	}

	@Override
	public Call prepare(Catalog.Question question) {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.header("Accept", "application/graphql-response+json, application/json")
			.timeout(Duration.ofSeconds(60))
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", documents.apply(question)))))
			.build();
		return () -> {
			HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
			return roundTrips(response.statusCode(), response.body());
		};
	}

	/** The full response of one request, for checking answers by eye or in a test. */
	String answer(Catalog.Question question) throws Exception {
		HttpRequest request = HttpRequest.newBuilder(endpoint)
			.header("Content-Type", "application/json")
			.POST(HttpRequest.BodyPublishers
				.ofString(JSON.writeValueAsString(Map.of("query", documents.apply(question)))))
			.build();
		return client.send(request, HttpResponse.BodyHandlers.ofString()).body();
	}

	static int roundTrips(int status, String body) {
		if (status != 200 || body.contains("\"errors\"") || !body.startsWith("{\"data\"")) {
			throw new IllegalStateException("HTTP " + status + ": " + body.substring(0, Math.min(300, body.length())));
		}
		int at = body.lastIndexOf(COUNT);
		if (at < 0) {
			throw new IllegalStateException("no extensions.cypherQueries in the response");
		}
		int from = at + COUNT.length();
		int to = from;
		while (to < body.length() && Character.isDigit(body.charAt(to))) {
			to++;
		}
		return Integer.parseInt(body, from, to, 10);
	}

}
