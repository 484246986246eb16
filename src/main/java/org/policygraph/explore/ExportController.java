package org.policygraph.explore;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.policygraph.error.ErrorCode;
import org.policygraph.graphql.BadRequestException;
import org.policygraph.graphql.NotFoundException;
import org.policygraph.httpcache.GraphVersion;
import org.policygraph.map.GraphView;
import org.policygraph.map.ResponsibilityMaps;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.databind.json.JsonMapper;

/**
 * Downloads for analysts: the graph or one responsibility map for Gephi and friends, the
 * service list for Excel. Each carries the graph's version as ETag, so a client asking
 * again with If-None-Match gets 304 without the export being built; errors carry none.
 */
@RestController
class ExportController {

	/** The graph formats, by the name used in the address. */
	enum Format {

		JSON("application/json"), GRAPHML("application/graphml+xml"), GEXF("application/gexf+xml");

		final MediaType mediaType;

		Format(String mediaType) {
			this.mediaType = new MediaType(MediaType.parseMediaType(mediaType), StandardCharsets.UTF_8);
		}

		static Format of(String name) {
			return Arrays.stream(values())
				.filter(f -> f.name().equalsIgnoreCase(name))
				.findFirst()
				.orElseThrow(() -> new UnknownFormatException(name));
		}

		String extension() {
			return name().toLowerCase();
		}

	}

	private final ExportRepository exports;

	private final ResponsibilityMaps maps;

	private final JsonMapper json;

	private final GraphVersion version;

	ExportController(ExportRepository exports, ResponsibilityMaps maps, JsonMapper json, GraphVersion version) {
		this.exports = exports;
		this.maps = maps;
		this.json = json;
		this.version = version;
	}

	@GetMapping("/export/graph.{format}")
	ResponseEntity<byte[]> graph(@PathVariable String format,
			@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		Format f = Format.of(format);
		String etag = version.etag();
		if (GraphVersion.matches(ifNoneMatch, etag)) {
			return notModified(etag);
		}
		return download(write(exports.wholeGraph(), f, "policy-graph: the whole graph"), f.mediaType,
				"policy-graph." + f.extension(), etag);
	}

	@GetMapping("/export/map/{format}")
	ResponseEntity<byte[]> map(@PathVariable String format, @RequestParam String id,
			@RequestParam(required = false) Integer depth,
			@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		Format f = Format.of(format);
		String etag = version.etag();
		if (GraphVersion.matches(ifNoneMatch, etag)) {
			return notModified(etag);
		}
		GraphView map = maps.around(id, depth);
		String name = "map-" + id.strip().replaceAll("[^\\p{L}\\p{N}]+", "-") + "-" + (depth == null ? 1 : depth);
		return download(write(map, f, "policy-graph: responsibility map of " + id), f.mediaType,
				name + "." + f.extension(), etag);
	}

	@GetMapping("/export/service-items.csv")
	ResponseEntity<byte[]> serviceItems(
			@RequestHeader(value = HttpHeaders.IF_NONE_MATCH, required = false) String ifNoneMatch) {
		String etag = version.etag();
		if (GraphVersion.matches(ifNoneMatch, etag)) {
			return notModified(etag);
		}
		byte[] csv = ServiceItemCsv.write(exports.serviceItems()).getBytes(StandardCharsets.UTF_8);
		return download(csv, new MediaType("text", "csv", StandardCharsets.UTF_8), "service-items.csv", etag);
	}

	@ExceptionHandler(NotFoundException.class)
	ProblemDetail notFound(NotFoundException ex) {
		return ErrorCode.NOT_FOUND.problem(ex.getMessage());
	}

	@ExceptionHandler({ BadRequestException.class, UnknownFormatException.class })
	ProblemDetail badRequest(RuntimeException ex) {
		return ErrorCode.BAD_REQUEST.problem(ex.getMessage());
	}

	private byte[] write(GraphView graph, Format format, String description) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		switch (format) {
			case JSON -> json.writeValue(out, graph);
			case GRAPHML -> GraphMl.write(graph, out);
			case GEXF -> Gexf.write(graph, description, out);
		}
		return out.toByteArray();
	}

	private ResponseEntity<byte[]> notModified(String etag) {
		return ResponseEntity.status(HttpStatus.NOT_MODIFIED).eTag(etag).cacheControl(version.cacheControl()).build();
	}

	private ResponseEntity<byte[]> download(byte[] body, MediaType type, String filename, String etag) {
		return ResponseEntity.ok()
			.eTag(etag)
			.cacheControl(version.cacheControl())
			.contentType(type)
			.header("Content-Disposition",
					ContentDisposition.attachment().filename(filename, StandardCharsets.UTF_8).build().toString())
			.body(body);
	}

	static final class UnknownFormatException extends RuntimeException {

		UnknownFormatException(String name) {
			super("no export format \"" + name + "\"; use json, graphml or gexf");
		}

	}

}
