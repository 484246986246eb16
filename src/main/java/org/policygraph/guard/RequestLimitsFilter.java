package org.policygraph.guard;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ReadListener;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletInputStream;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;
import org.policygraph.error.ErrorCode;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.web.filter.OncePerRequestFilter;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Checks the bytes of every GraphQL request before it reaches the engine: a charset the
 * GraphQL engine would decode otherwise than JSON is read (anything but UTF-8, 415), the
 * body's size (413) and how fast it arrives (408), and that it is a JSON object with a
 * query. The limits on the query itself are checked on the document the engine executes
 * ({@link DocumentAdmission}, {@link ExecutionGuard}), not here. A request may name a
 * catalog document by id ({@code {"documentId": "01-item-leads"}}) instead of sending its
 * text; the filter puts the text in.
 */
final class RequestLimitsFilter extends OncePerRequestFilter {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** The time a client gets before its sending rate is judged. */
	private static final long RATE_GRACE_NANOS = TimeUnit.SECONDS.toNanos(1);

	private final GuardProperties limits;

	private final TrustedDocuments trusted;

	RequestLimitsFilter(GuardProperties limits, TrustedDocuments trusted) {
		this.limits = limits;
		this.trusted = trusted;
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
		Admitted admitted;
		try {
			checkCharset(request.getContentType());
			if (request.getContentLengthLong() > limits.maxBodyBytes()) {
				throw tooLarge();
			}
			admitted = admit(readBody(request));
		}
		catch (Rejected rejected) {
			reject(response, rejected);
			return;
		}
		HttpServletRequest next = new CachedBody(request, admitted.body());
		AdmittedRequest.keep(next, admitted.request());
		chain.doFilter(next, response);
	}

	/**
	 * Spring decodes a body in the charset its Content-Type names; JSON is UTF-8 (RFC
	 * 8259), and a body in GBK or Big5 could read as one query here and another there.
	 */
	private static void checkCharset(String contentType) throws Rejected {
		if (contentType == null) {
			return;
		}
		for (String parameter : contentType.split(";")) {
			String[] pair = parameter.split("=", 2);
			if (pair.length == 2 && pair[0].strip().equalsIgnoreCase("charset")) {
				String charset = pair[1].strip().replace("\"", "");
				if (!charset.equalsIgnoreCase("UTF-8") && !charset.equalsIgnoreCase("UTF8")) {
					throw new Rejected(ErrorCode.UNSUPPORTED_CHARSET,
							"request bodies must be UTF-8 JSON; this one says charset=" + abbreviate(charset));
				}
			}
		}
	}

	/**
	 * Reads the body within the body deadline and at the minimum rate. Each blocking read
	 * returns when bytes arrive or after the connector's read timeout, so a client that
	 * trickles a byte every few seconds is cut within the deadline plus one read timeout.
	 */
	private byte[] readBody(HttpServletRequest request) throws IOException, Rejected {
		long started = System.nanoTime();
		long deadline = limits.bodyTimeout().toNanos();
		byte[] buffer = new byte[(int) Math.min(limits.maxBodyBytes() + 1L,
				Math.max(request.getContentLengthLong() + 1, 8192))];
		int length = 0;
		InputStream in = request.getInputStream();
		while (true) {
			if (length == buffer.length) {
				if (length > limits.maxBodyBytes()) {
					throw tooLarge();
				}
				buffer = Arrays.copyOf(buffer, Math.min(limits.maxBodyBytes() + 1, buffer.length * 2));
			}
			int read;
			try {
				read = in.read(buffer, length, buffer.length - length);
			}
			catch (IOException ex) {
				// Tomcat's read timeout: the client went quiet
				throw tooSlow(length, started);
			}
			if (read < 0) {
				break;
			}
			length += read;
			if (length > limits.maxBodyBytes()) {
				throw tooLarge();
			}
			long elapsed = System.nanoTime() - started;
			if (elapsed > deadline || (elapsed > RATE_GRACE_NANOS
					&& length < limits.minBodyRate() * (double) elapsed / TimeUnit.SECONDS.toNanos(1))) {
				throw tooSlow(length, started);
			}
		}
		return Arrays.copyOf(buffer, length);
	}

	private Rejected tooSlow(int received, long started) {
		return new Rejected(ErrorCode.BODY_TOO_SLOW, "the request body came too slowly (" + received + " bytes in "
				+ TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms); a body must arrive within "
				+ limits.bodyTimeout().toSeconds() + " s at " + limits.minBodyRate() + " bytes per second or more");
	}

	/**
	 * @return the body to hand on (the one received, or one with a catalog document's
	 * text filled in) and, when it is plainly one, the GraphQL request it makes
	 */
	private Admitted admit(byte[] body) throws Rejected {
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
		if (byId) {
			request.remove("documentId");
			request.put("query", query);
			body = JSON.writeValueAsBytes(request);
		}
		return new Admitted(body, AdmittedRequest.from(request, JSON));
	}

	/**
	 * A body the filter let through and, when it is plainly one, the request it makes.
	 */
	private record Admitted(byte[] body, GraphQlRequest request) {
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

	private Rejected tooLarge() {
		return new Rejected(ErrorCode.REQUEST_TOO_LARGE,
				"the request body is larger than " + limits.maxBodyBytes() + " bytes");
	}

	static void reject(HttpServletResponse response, ErrorCode refusal, String message) throws IOException {
		response.setStatus(refusal.status().value());
		response.setContentType("application/json");
		response.setCharacterEncoding("UTF-8");
		response.getOutputStream().write(JSON.writeValueAsBytes(GuardErrors.body(refusal, message)));
	}

	private static void reject(HttpServletResponse response, Rejected rejected) throws IOException {
		if (rejected.refusal == ErrorCode.BODY_TOO_SLOW) {
			// the rest of the body may never come: don't wait for it to reuse the
			// connection
			response.setHeader("Connection", "close");
		}
		reject(response, rejected.refusal, rejected.getMessage());
	}

	private static String abbreviate(String text) {
		return text.length() <= 40 ? text : text.substring(0, 40) + "…";
	}

	/**
	 * A request the filter refuses, with its status, a stable code and a message that
	 * says what to change.
	 */
	private static final class Rejected extends Exception {

		private final ErrorCode refusal;

		Rejected(ErrorCode refusal, String message) {
			super(message, null, false, false);
			this.refusal = refusal;
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
