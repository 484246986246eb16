package org.policygraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.policygraph.error.ErrorCode;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.source.GazetteFormatException;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The only endpoints that write, for operators holding the admin token (checked in front
 * of them, see guard): re-seed the graph from the configured seed, or ingest one gazette
 * file sent as the request body. A file is parsed completely before anything is written
 * and written in one transaction, so a malformed or interrupted upload leaves the graph
 * as it was. One write runs at a time.
 */
@RestController
@RequestMapping("/admin")
class AdminController {

	private final GraphSeeder seeder;

	private final GazetteIngester ingester;

	private final ReentrantLock writing = new ReentrantLock();

	AdminController(GraphSeeder seeder, GazetteIngester ingester) {
		this.seeder = seeder;
		this.ingester = ingester;
	}

	@PostMapping("/reload")
	ResponseEntity<?> reload() {
		return exclusively(() -> Map.of("written", seeder.seed(true)));
	}

	/**
	 * {@code curl -H "Authorization: Bearer $TOKEN" --data-binary @issue.txt .../admin/ingest?name=issue.txt}
	 */
	@PostMapping("/ingest")
	ResponseEntity<?> ingest(@RequestParam(defaultValue = "upload.txt") String name,
			@RequestParam(defaultValue = "false") boolean strict, @RequestBody byte[] content) {
		if (!name.matches("[\\w.-]{1,100}")) {
			return problem(ErrorCode.BAD_REQUEST, "\"name\" must be a plain file name such as issue-2017-22.txt");
		}
		Gazette gazette = ingester.parse(name, content, strict);
		// units nobody knows are kept as unverified organisations and reported here
		List<Map<String, String>> unverified = gazette.unverified()
			.stream()
			.map(org -> Map.of("name", org.name(), "fullName", org.fullName(), "jurisdiction", org.jurisdictionCode()))
			.toList();
		return exclusively(
				() -> Map.of("written", List.of(ingester.write(gazette, Map.of())), "unverified", unverified));
	}

	@ExceptionHandler(GazetteFormatException.class)
	ResponseEntity<?> malformed(GazetteFormatException ex) {
		return problem(ErrorCode.MALFORMED_GAZETTE, "malformed gazette, nothing written: " + ex.getMessage());
	}

	private ResponseEntity<?> exclusively(Supplier<Map<String, ?>> write) {
		if (!writing.tryLock()) {
			return problem(ErrorCode.WRITE_IN_PROGRESS,
					"another reload or ingest is running; try again when it is done");
		}
		try {
			return ResponseEntity.ok(write.get());
		}
		finally {
			writing.unlock();
		}
	}

	private static ResponseEntity<?> problem(ErrorCode code, String message) {
		return ResponseEntity.of(code.problem(message)).build();
	}

}
