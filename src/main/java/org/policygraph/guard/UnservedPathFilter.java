package org.policygraph.guard;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Paths that exist only for the framework and answered a client with 500: {@code /error}
 * asked for directly (it is where the container forwards failures, and has no error to
 * show then), and health paths nested deeper than one component
 * ({@code /actuator/health/x/y}, where Spring Boot 4.0 fails looking up a contributor).
 * They get 404. The container's own error dispatches don't pass this filter: it is
 * registered for requests only.
 */
final class UnservedPathFilter extends OncePerRequestFilter {

	private static final String HEALTH = "/actuator/health/";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		// the container's decoded and normalised path, the one it matched this filter on
		String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
		boolean unserved = path.equals("/error") || path.startsWith("/error/")
				|| (path.startsWith(HEALTH) && path.indexOf('/', HEALTH.length()) >= 0);
		if (unserved) {
			response.sendError(HttpServletResponse.SC_NOT_FOUND);
			return;
		}
		chain.doFilter(request, response);
	}

}
