package org.policygraph.guard;

import java.time.Duration;
import java.util.List;
import java.util.function.LongSupplier;

import graphql.GraphQL;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.execution.instrumentation.ChainedInstrumentation;
import graphql.execution.instrumentation.Instrumentation;
import graphql.schema.GraphQLSchema;

/**
 * graphql-java set up as the application sets it up: the guard last of the
 * instrumentations, the stoppable strategy with its root completions; for tests of other
 * packages that plug into it.
 */
public final class GuardedEngine {

	private GuardedEngine() {
	}

	public static GraphQL engine(GraphQLSchema schema, long maxAnswerBytes, List<Instrumentation> before,
			List<RootCompletion> completions) {
		return engine(schema, maxAnswerBytes, Duration.ofSeconds(15), System::nanoTime, before, completions);
	}

	/** With the guard's clock and request timeout, for tests of the deadline. */
	public static GraphQL engine(GraphQLSchema schema, long maxAnswerBytes, Duration requestTimeout,
			LongSupplier nanoClock, List<Instrumentation> before, List<RootCompletion> completions) {
		GuardProperties limits = ExecutionGuardTests.limits(20_000, maxAnswerBytes, requestTimeout);
		List<Instrumentation> instrumentations = new java.util.ArrayList<>(before);
		instrumentations.add(new ExecutionGuard(limits, nanoClock));
		return GraphQL.newGraphQL(schema)
			.instrumentation(new ChainedInstrumentation(instrumentations))
			.queryExecutionStrategy(new StoppableExecution(new SimpleDataFetcherExceptionHandler(), completions))
			.build();
	}

}
