package org.policygraph.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.policygraph.error.ErrorCode;
import org.policygraph.neo4j.LruCache;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.http.HttpStatus;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks every GraphQL request before it reaches the engine: body size, parser limits,
 * syntax, depth, selection count, introspection, validity against the schema and
 * (optionally) the trusted-document list. A request that fails gets a 4xx naming the
 * limit, and no Cypher runs for it. A request may name a catalog document by id
 * ({@code {"documentId": "01-item-leads"}}) instead of sending its text.
 */
final class RequestLimitsFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GuardProperties limits;

	private final GraphQlSource graphQlSource;

	private final TrustedDocuments trusted;

	private final ParserOptions parserOptions;

	/**
	 * Query texts that passed every check below. The verdict depends only on the text and
	 * this deployment's fixed limits, so a text sent again is handed on without being
	 * parsed and validated a second time.
	 */
	private final LruCache<String, Boolean> admitted = new LruCache<>(1_000);

	RequestLimitsFilter(GuardProperties limits, GraphQlSource graphQlSource, TrustedDocuments trusted) {
		this.limits = limits;
		this.graphQlSource = graphQlSource;
		this.trusted = trusted;
		this.parserOptions = ParserOptions.newParserOptions()
			.maxTokens(limits.maxTokens())
			.maxCharacters(limits.maxBodyBytes())
			.maxWhitespaceTokens(limits.maxTokens() * 10)
			.maxRuleDepth(200)
			.captureSourceLocation(true)
			.build();
	}

	// No shouldNotFilter by request URI: the registration maps this filter to the same
	// path as the GraphQL
	// endpoint after the container normalised it, and "/graphql;x=y" or "/%67raphql"
	// reach the endpoint too.

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		byte[] admitted;
		try {
			if (request.getContentLengthLong() > limits.maxBodyBytes()) {
				throw tooLarge();
			}
			byte[] body = request.getInputStream().readNBytes(limits.maxBodyBytes() + 1);
			if (body.length > limits.maxBodyBytes()) {
				throw tooLarge();
			}
			admitted = admit(body);
		}
		catch (Rejected rejected) {
			reject(response, rejected);
			return;
		}
		chain.doFilter(new CachedBody(request, admitted), response);
	}

	/**
	 * @return the body to hand on: the one received, or one with a catalog document's
	 * text filled in
	 */
	private byte[] admit(byte[] body) throws Rejected {
		JsonNode json;
		try {
			json = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			throw new Rejected(ErrorCode.BAD_JSON, "the request body is not valid JSON");
		}
		if (!(json instanceof ObjectNode request)) {
			throw new Rejected(ErrorCode.BAD_JSON, "the request body must be a JSON object with a \"query\"");
		}
		boolean byId = request.has("documentId");
		String query = byId ? catalogText(request.get("documentId")) : queryText(request);
		if (query.isBlank()) {
			throw new Rejected(ErrorCode.MISSING_QUERY, "the request needs a \"query\" string or a \"documentId\"");
		}
		if (admitted.get(query) != null) {
			return byId ? withText(request, query) : body;
		}
		Document document = parse(query);
		QueryShape shape = QueryShape.of(document, limits.maxFields());
		if (shape.fragmentCycle() != null) {
			throw new Rejected(ErrorCode.GRAPHQL_VALIDATION_FAILED,
					"fragment " + shape.fragmentCycle() + " spreads itself; fragments must not form cycles");
		}
		if (shape.depth() > limits.maxDepth()) {
			throw new Rejected(ErrorCode.QUERY_TOO_DEEP,
					"the query nests " + shape.depth() + " levels; at most " + limits.maxDepth() + " are allowed");
		}
		if (shape.selections() > limits.maxFields()) {
			throw new Rejected(ErrorCode.QUERY_TOO_COMPLEX, "the query selects more than " + limits.maxFields()
					+ " fields (aliases and fragments counted); split it into smaller requests");
		}
		if (shape.introspection() && !limits.introspection()) {
			throw new Rejected(ErrorCode.INTROSPECTION_DISABLED,
					"this deployment doesn't answer __schema or __type; the schema is documented in the README");
		}
		List<ValidationError> errors = new Validator().validateDocument(graphQlSource.schema(), document,
				Locale.ENGLISH);
		if (!errors.isEmpty()) {
			throw new Rejected(ErrorCode.GRAPHQL_VALIDATION_FAILED, errors.getFirst().getMessage());
		}
		if (limits.trustedDocuments() && !byId && !trusted.allows(document)) {
			throw new Rejected(ErrorCode.UNTRUSTED_DOCUMENT,
					"this deployment runs only the published example queries (queries/), sent as text or by "
							+ "\"documentId\"");
		}
		admitted.put(query, Boolean.TRUE);
		return byId ? withText(request, query) : body;
	}

	private static byte[] withText(ObjectNode request, String query) {
		request.remove("documentId");
		request.put("query", query);
		return JSON.writeValueAsBytes(request);
	}

	private static String queryText(ObjectNode request) {
		JsonNode text = request.get("query");
		return text != null && text.isString() ? text.asString() : "";
	}

	private String catalogText(JsonNode documentId) throws Rejected {
		String text = documentId.isString() ? trusted.text(documentId.asString()) : null;
		if (text == null) {
			throw new Rejected(ErrorCode.UNKNOWN_DOCUMENT, "no published query has the id " + documentId
					+ "; ids are the file names in queries/ (01-item-leads) or sha256: and the file's SHA-256");
		}
		return text;
	}

	private Document parse(String query) throws Rejected {
		try {
			return Parser
				.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
		}
		catch (ParseCancelledTooDeepException ex) {
			throw new Rejected(ErrorCode.QUERY_TOO_DEEP, "the query nests too deeply to parse; " + ex.getMessage());
		}
		catch (ParseCancelledException | ParseCancelledTooManyCharsException ex) {
			throw new Rejected(ErrorCode.QUERY_TOO_COMPLEX, "the query is too long to parse; " + ex.getMessage());
		}
		catch (InvalidSyntaxException ex) {
			throw new Rejected(ErrorCode.INVALID_SYNTAX, ex.getMessage());
		}
	}

	private Rejected tooLarge() {
		return new Rejected(ErrorCode.REQUEST_TOO_LARGE,
				"the request body is larger than " + limits.maxBodyBytes() + " bytes");
	}

	private static void reject(HttpServletResponse response, Rejected rejected) throws IOException {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", rejected.getMessage());
		error.put("extensions",
				Map.of("classification", rejected.code.status() == HttpStatus.FORBIDDEN ? "FORBIDDEN" : "BAD_REQUEST",
						"code", rejected.code.name()));
		response.setStatus(rejected.code.status().value());
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream()
			.write(JSON.writeValueAsString(Map.of("errors", List.of(error))).getBytes(StandardCharsets.UTF_8));
	}

	/**
	 * A request the filter refuses, with its status, a stable code and a message that
	 * says what to change.
	 */
	private static final class Rejected extends Exception {

		private final ErrorCode code;

		Rejected(ErrorCode code, String message) {
			super(message, null, false, false);
			this.code = code;
		}

	}

	/**
	 * The request with its body already read, so the GraphQL handler can read it again.
	 */
	private static final class CachedBody extends HttpServletRequestWrapper {

		private final byte[] body;

		CachedBody(HttpServletRequest request, byte[] body) {
			super(request);
			this.body = body;
		}

		@Override
		public ServletInputStream getInputStream() {
			ByteArrayInputStream in = new ByteArrayInputStream(body);
			return new ServletInputStream() {
				@Override
				public int read() {
					return in.read();
				}

				@Override
				public int read(byte[] b, int off, int len) {
					return in.read(b, off, len);
				}

				@Override
				public boolean isFinished() {
					return in.available() == 0;
				}

				@Override
				public boolean isReady() {
					return true;
				}

				@Override
				public void setReadListener(ReadListener listener) {
					throw new UnsupportedOperationException("synchronous reads only");
				}
			};
		}

		@Override
		public int getContentLength() {
			return body.length;
		}

		@Override
		public long getContentLengthLong() {
			return body.length;
		}

	}

}
