package org.policygraph.guard;

import java.io.IOException;
import java.time.Duration;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.policygraph.error.ErrorCode;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * At most as many GraphQL executions and exports at once as the machine can serve. A
 * request beyond that waits briefly for a slot, then gets 503 with Retry-After, so an
 * overload answers quickly and visibly instead of queueing every client behind it. It
 * runs after the body has been read: a slow client holds a connection, not a slot.
 */
final class ConcurrencyLimitFilter extends OncePerRequestFilter {

	static final int RETRY_AFTER_SECONDS = 1;

	private final Semaphore slots;

	private final int concurrency;

	private final Duration wait;

	ConcurrencyLimitFilter(int concurrency, Duration wait) {
		this.concurrency = concurrency;
		this.slots = new Semaphore(concurrency, true);
		this.wait = wait;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		boolean acquired;
		try {
			acquired = slots.tryAcquire(wait.toNanos(), TimeUnit.NANOSECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			acquired = false;
		}
		if (!acquired) {
			response.setHeader("Retry-After", String.valueOf(RETRY_AFTER_SECONDS));
			RequestLimitsFilter.reject(response, ErrorCode.SERVER_BUSY, "the server is answering " + concurrency
					+ " requests already; try again in " + RETRY_AFTER_SECONDS + " s");
			return;
		}
		try {
			chain.doFilter(request, response);
		}
		finally {
			slots.release();
		}
	}

}
