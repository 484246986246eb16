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
 * current; the answer is 304). A fifth argument names a {@code .graphql} file to post instead
 * (e.g. {@code queries/01-item-leads.graphql}); its answer must have no {@code "errors"}.
 */
public class PointLookupLoop {

	static final String BODY = """
			{"query":"{ serviceItem(no: 53) { name leadDepartments { name } } }"}""";

	public static void main(String[] args) throws Exception {
		URI uri = URI.create(args.length > 0 ? args[0] : "http://localhost:8080/graphql");
		int clients = args.length > 1 ? Integer.parseInt(args[1]) : 4;
		long seconds = args.length > 2 ? Long.parseLong(args[2]) : 60;
		String mode = args.length > 3 ? args[3] : "post";
		String file = args.length > 4 ? java.nio.file.Files.readString(java.nio.file.Path.of(args[4])) : null;
		String body = file == null ? BODY
				: "{\"query\":\"" + file.replace("\\", "\\\\").replace("\"", "\\\"").replace("\n", "\\n") + "\"}";
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
				.POST(HttpRequest.BodyPublishers.ofString(body))
				.build();
		};
		int expected = mode.equals("revalidate") ? 304 : 200;
		AtomicLong done = new AtomicLong();
		AtomicLong failed = new AtomicLong();
		List<long[]> latencies = new ArrayList<>();
		long end = System.nanoTime() + Duration.ofSeconds(seconds).toNanos();
		List<Thread> threads = new ArrayList<>();
		for (int i = 0; i < clients; i++) {
			long[] mine = new long[4_000_000];
			latencies.add(mine);
			threads.add(Thread.ofPlatform().start(() -> {
				int n = 0;
				while (System.nanoTime() < end) {
					try {
						long start = System.nanoTime();
						HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
						if (response.statusCode() == expected
								&& (expected == 304 || (file == null ? response.body().contains("法律援助")
										: !response.body().contains("\"errors\"")))) {
							done.incrementAndGet();
							if (n < mine.length) {
								mine[n++] = System.nanoTime() - start;
							}
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
		long[] all = latencies.stream().flatMapToLong(java.util.Arrays::stream).filter(l -> l > 0).sorted().toArray();
		System.out.printf("%d requests in %d s (%.0f/s), %d failed, p50 %.2f ms, p99 %.2f ms%n", done.get(), seconds,
				done.get() / (double) seconds, failed.get(), all.length == 0 ? 0 : all[all.length / 2] / 1e6,
				all.length == 0 ? 0 : all[(int) (all.length * 0.99)] / 1e6);
	}

}
