package org.policygraph.guard;

import java.time.Duration;
import java.util.List;

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
		GuardProperties limits = ExecutionGuardTests.limits(20_000, maxAnswerBytes, Duration.ofSeconds(15));
		List<Instrumentation> instrumentations = new java.util.ArrayList<>(before);
		instrumentations.add(new ExecutionGuard(limits));
		return GraphQL.newGraphQL(schema)
			.instrumentation(new ChainedInstrumentation(instrumentations))
			.queryExecutionStrategy(new StoppableExecution(new SimpleDataFetcherExceptionHandler(), completions))
			.build();
	}

}
