package org.policygraph.guard;

import java.util.List;
import java.util.concurrent.CompletableFuture;

import graphql.ExecutionResult;
import graphql.execution.AsyncExecutionStrategy;
import graphql.execution.DataFetcherExceptionHandler;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;

/**
 * graphql-java's strategy, whose answer is the guard's as soon as the guard stops the
 * execution ({@link ExecutionGuard}): it doesn't wait for the fields still pending, which
 * are dropped. The instrumentations and the error handler see a whole execution, so its
 * observation ends and its one line is logged. A root field's value may be completed in
 * one step by a {@link RootCompletion} instead of field by field.
 */
final class StoppableExecution extends AsyncExecutionStrategy {

	private final List<RootCompletion> completions;

	StoppableExecution(DataFetcherExceptionHandler exceptionHandler) {
		this(exceptionHandler, List.of());
	}

	StoppableExecution(DataFetcherExceptionHandler exceptionHandler, List<RootCompletion> completions) {
		super(exceptionHandler);
		this.completions = completions;
	}

	@Override
	public CompletableFuture<ExecutionResult> execute(ExecutionContext context,
			ExecutionStrategyParameters parameters) {
		CompletableFuture<ExecutionResult> answer = super.execute(context, parameters);
		ExecutionGuard.Run run = context.getGraphQLContext().get(ExecutionGuard.Run.class);
		return (run != null) ? answer.applyToEither(run.stoppedAnswer, result -> result) : answer;
	}

	@Override
	protected FieldValueInfo completeValue(ExecutionContext context, ExecutionStrategyParameters parameters) {
		if (!this.completions.isEmpty() && parameters.getPath().getParent() != null
				&& parameters.getPath().getParent().isRootPath()) {
			for (RootCompletion completion : this.completions) {
				FieldValueInfo completed = completion.complete(context, parameters);
				if (completed != null) {
					return completed;
				}
			}
		}
		return super.completeValue(context, parameters);
	}

}
