package org.policygraph.guard;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.policygraph.error.ErrorCode;
import org.policygraph.error.ProblemResponses;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Lets only holders of {@code policygraph.api.admin-token} reach /admin/*, the endpoints
 * that write. With no token configured they don't exist (404), so an anonymous caller
 * can't even learn of them; a missing or wrong token is 401.
 */
final class AdminTokenFilter extends OncePerRequestFilter {

	private static final String BEARER = "Bearer ";

	private final boolean configured;

	private final byte[] tokenHash;

	AdminTokenFilter(String token) {
		this.configured = !token.isEmpty();
		this.tokenHash = sha256(token);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (!configured) {
			ProblemResponses.send(response, ErrorCode.NOT_FOUND, "no such endpoint");
			return;
		}
		String authorization = request.getHeader("Authorization");
		String presented = authorization != null && authorization.startsWith(BEARER)
				? authorization.substring(BEARER.length()).strip() : "";
		// Hashes have one length, so the comparison reveals neither the token's length
		// nor a matching prefix.
		if (presented.isEmpty() || !MessageDigest.isEqual(sha256(presented), tokenHash)) {
			response.setHeader("WWW-Authenticate", "Bearer realm=\"policy-graph admin\"");
			ProblemResponses.send(response, ErrorCode.ADMIN_TOKEN_REQUIRED, "an admin token is required");
			return;
		}
		chain.doFilter(request, response);
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
