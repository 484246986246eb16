import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The load behind src/bench/PROFILE.md: a few clients posting one point lookup over and over
 * on kept-alive connections, so that a flight recording of the server sees requests and
 * nothing else. Run with {@code java src/bench/profile/PointLookupLoop.java URL CLIENTS SECONDS [MODE]}:
 * MODE post (the default) posts the lookup, get sends it as GET /graphql?query=, revalidate sends
 * that GET with the ETag of a first answer in If-None-Match (a cache asking whether its copy is
 * current; the answer is 304).
 */
public class PointLookupLoop {

	static final String BODY = """
			{"query":"{ serviceItem(no: 53) { name leadDepartments { name } } }"}""";

	public static void main(String[] args) throws Exception {
		URI uri = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/graphql");
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
		long seconds = args.length > 2 ? Long.parseLong(args[2]) : 60;
		String mode = args.length > 3 ? args[3] : "post";
		HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		URI get = URI.create(uri + "?query="
				+ java.net.URLEncoder.encode("{ serviceItem(no: 53) { name leadDepartments { name } } }",
						java.nio.charset.StandardCharsets.UTF_8));
		HttpRequest request = switch (mode) {
			case "get" -> HttpRequest.newBuilder(get).GET().build();
			case "revalidate" -> HttpRequest.newBuilder(get)
				.header("If-None-Match",
						http.send(HttpRequest.newBuilder(get).GET().build(), HttpResponse.BodyHandlers.ofString())
							.headers()
							.firstValue("ETag")
							.orElseThrow())
				.GET()
				.build();
			default -> HttpRequest.newBuilder(uri)
				.header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(BODY))
				.build();
		};
		int expected = mode.equals("revalidate") ? 304 : 200;
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			threads.add(Thread.ofPlatform().start(() -> {
				while (System.nanoTime() < end) {
					try {
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() == expected
								&& (expected == 304 || response.body().contains("法律援助"))) {
							done.incrementAndGet();
						}
						else {
							failed.incrementAndGet();
						}
					}
					catch (Exception ex) {
						failed.incrementAndGet();
					}
				}
			}));
		}
		for (Thread thread : threads) {
			thread.join();
		}
		System.out.printf("%d requests in %d s (%.0f/s), %d failed%n", done.get(), seconds,
				done.get() / (double) seconds, failed.get());
	}

}
