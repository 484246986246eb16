package org.policygraph.ingest;

import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

import org.policygraph.error.ErrorCode;
import org.policygraph.ingest.record.ParsedFile;
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
 * of them, see guard): re-seed the graph from the configured seed, or ingest one file
 * sent as the request body (a gazette issue, or a single document as text, a disclosure
 * page, HTML or PDF). A file is parsed completely before anything is written and written
 * in one transaction, so a malformed or interrupted upload leaves the graph as it was.
 * One write runs at a time.
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
			@RequestParam(defaultValue = "false") boolean strict, @RequestBody(required = false) byte[] body) {
		// an empty upload is a file without text, refused like any other with its name
		byte[] content = body == null ? new byte[0] : body;
		if (!name.matches("[\\w.-]{1,100}")) {
			return problem(ErrorCode.BAD_REQUEST, "\"name\" must be a plain file name such as issue-2017-22.txt");
		}
		ParsedFile parsed = ingester.parseFile(name, content, strict);
		// units nobody knows are kept as unverified organisations and reported here
		List<Map<String, String>> unverified = (parsed.gazette() != null ? parsed.gazette().unverified()
				: parsed.document().unverified())
			.stream()
			.map(org -> Map.of("name", org.name(), "fullName", org.fullName(), "jurisdiction", org.jurisdictionCode()))
			.toList();
		if (parsed.gazette() != null) {
			return exclusively(() -> Map.of("written", List.of(ingester.write(parsed.gazette(), Map.of())),
					"unverified", unverified));
		}
		return exclusively(() -> Map.of("written", ingester.writeDocuments(List.of(parsed.document())), "unverified",
				unverified, "report", parsed.document().report()));
	}

	@ExceptionHandler(GazetteFormatException.class)
	ResponseEntity<?> malformed(GazetteFormatException ex) {
		return problem(ErrorCode.MALFORMED_GAZETTE, "malformed file, nothing written: " + ex.getMessage());
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
