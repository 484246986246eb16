package org.policygraph.guard;

import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;

/**
 * graphql-java's strategy, whose answer is the guard's as soon as the guard stops the
 * execution ({@link ExecutionGuard}): it doesn't wait for the fields still pending, which
 * are dropped. The instrumentations and the error handler see a whole execution, so its
 * observation ends and its one line is logged.
 */
final class StoppableExecution extends AsyncExecutionStrategy {

	StoppableExecution(DataFetcherExceptionHandler exceptionHandler) {
		super(exceptionHandler);
	}

	@Override
	public CompletableFuture<ExecutionResult> execute(ExecutionContext context,
			ExecutionStrategyParameters parameters) {
		CompletableFuture<ExecutionResult> answer = super.execute(context, parameters);
		ExecutionGuard.Run run = context.getGraphQLContext().get(ExecutionGuard.Run.class);
		return (run != null) ? answer.applyToEither(run.stoppedAnswer, result -> result) : answer;
	}

}
