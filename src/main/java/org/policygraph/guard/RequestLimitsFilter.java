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
import graphql.validation.ValidationError;
import graphql.validation.Validator;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.graphql.execution.GraphQlSource;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Checks every GraphQL request before it reaches the engine: body size, parser limits, syntax, validity
 * against the schema, depth, field count and (optionally) the trusted-document list. A request that fails
 * gets a 4xx naming the limit, and no Cypher runs for it.
 */
final class RequestLimitsFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private final GuardProperties limits;

	private final GraphQlSource graphQlSource;

	private final TrustedDocuments trusted;

	private final ParserOptions parserOptions;

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

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		return !request.getRequestURI().equals("/graphql");
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!"POST".equals(request.getMethod())) {
			chain.doFilter(request, response);
			return;
		}
		if (request.getContentLengthLong() > limits.maxBodyBytes()) {
			reject(response, 413, "REQUEST_TOO_LARGE",
					"the request body is larger than " + limits.maxBodyBytes() + " bytes");
			return;
		}
		byte[] body = request.getInputStream().readNBytes(limits.maxBodyBytes() + 1);
		if (body.length > limits.maxBodyBytes()) {
			reject(response, 413, "REQUEST_TOO_LARGE",
					"the request body is larger than " + limits.maxBodyBytes() + " bytes");
			return;
		}
		String problem = check(body);
		if (problem != null) {
			int status = problem.startsWith("UNTRUSTED") ? 403 : 400;
			String code = problem.substring(0, problem.indexOf(':'));
			reject(response, status, code, problem.substring(problem.indexOf(':') + 1).strip());
			return;
		}
		chain.doFilter(new CachedBody(request, body), response);
	}

	/** @return null when the request may run, else "CODE: message" */
	private String check(byte[] body) {
		JsonNode json;
		try {
			json = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return "BAD_JSON: the request body is not valid JSON";
		}
		JsonNode queryNode = json == null ? null : json.get("query");
		if (queryNode == null || !queryNode.isString() || queryNode.asString().isBlank()) {
			return "MISSING_QUERY: the request needs a \"query\" string";
		}
		String query = queryNode.asString();
		Document document;
		try {
			document = Parser.parse(ParserEnvironment.newParserEnvironment()
				.document(query)
				.parserOptions(parserOptions)
				.build());
		}
		catch (InvalidSyntaxException ex) {
			return "INVALID_SYNTAX: " + ex.getMessage();
		}
		catch (RuntimeException ex) {
			// graphql-java signals its parser limits with its own exception types
			return "QUERY_TOO_COMPLEX: " + ex.getMessage();
		}
		QueryShape shape = QueryShape.of(document, limits.maxFields());
		if (shape.depth() > limits.maxDepth()) {
			return "QUERY_TOO_DEEP: the query nests " + shape.depth() + " levels; at most " + limits.maxDepth()
					+ " are allowed";
		}
		if (shape.fields() > limits.maxFields()) {
			return "QUERY_TOO_COMPLEX: the query selects more than " + limits.maxFields()
					+ " fields (aliases and fragments counted); split it into smaller requests";
		}
		List<ValidationError> errors = new Validator().validateDocument(graphQlSource.schema(), document,
				Locale.ENGLISH);
		if (!errors.isEmpty()) {
			return "GRAPHQL_VALIDATION_FAILED: " + errors.getFirst().getMessage();
		}
		if (limits.trustedDocuments() && !trusted.allows(query)) {
			return "UNTRUSTED_DOCUMENT: this deployment runs only the published example queries (queries/)";
		}
		return null;
	}

	private static void reject(HttpServletResponse response, int status, String code, String message)
			throws IOException {
		Map<String, Object> error = new LinkedHashMap<>();
		error.put("message", message);
		error.put("extensions", Map.of("classification", status == 403 ? "FORBIDDEN" : "BAD_REQUEST", "code", code));
		response.setStatus(status);
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream()
			.write(JSON.writeValueAsString(Map.of("errors", List.of(error))).getBytes(StandardCharsets.UTF_8));
	}

	/** The request with its body already read, so the GraphQL handler can read it again. */
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
