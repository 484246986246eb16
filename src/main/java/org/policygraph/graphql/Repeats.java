package org.policygraph.graphql;

import java.util.Locale;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.ExecutionContext;
import org.springframework.graphql.GraphQlRequest;

/**
 * Requests that can be answered again without the engine because it answered the same
 * request before in a way that can be repeated exactly (the compiler's,
 * {@code compile.RepeatedRequests}). The /graphql handler asks before it executes a
 * request, and observes and counts a repeat as it does an execution.
 */
public interface Repeats {

	/**
	 * @return the request's repeat, or null: the engine answers it
	 */
	Repeat find(GraphQlRequest request);

	/** A request known to be repeatable. */
	interface Repeat {

		/** The request as the engine would be given it, for its observation. */
		ExecutionInput input(String executionId, Locale locale);

		/** Its operation, as observations read it (the operation's type). */
		ExecutionContext operation();

		/**
		 * @return the answer, as the engine would give it; or null for the engine to
		 * answer the request, nothing having been sent
		 */
		ExecutionResult answer(Locale locale);

	}

}
