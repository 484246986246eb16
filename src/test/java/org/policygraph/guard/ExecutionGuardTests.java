package org.policygraph.guard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQL;
import graphql.GraphQLError;
import graphql.execution.SimpleDataFetcherExceptionHandler;
import graphql.schema.DataFetcher;
import graphql.schema.GraphQLSchema;
import graphql.schema.idl.RuntimeWiring;
import graphql.schema.idl.SchemaGenerator;
import graphql.schema.idl.SchemaParser;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The guard on a small schema whose fetchers are counted: what a limit stops never runs.
 */
@ExtendWith(OutputCaptureExtension.class)
class ExecutionGuardTests {

	private static final String SDL = """
			type Query { items(first: Int): [Item!]! slow: String pending: [Item!]! }
			type Item { text: String items(first: Int): [Item!]! }
			""";

	private final AtomicInteger fetches = new AtomicInteger();

	/**
	 * The guard's clock, moved by the fetchers: what a test asserts doesn't depend on how
	 * fast a loaded machine runs it.
	 */
	private final AtomicLong nanos = new AtomicLong();

	/** A batch whose answer never comes (a query still running in the database). */
	private final CompletableFuture<List<Map<String, Object>>> pending = new CompletableFuture<>();

	@Test
	void aQueryOverBudgetIsRefusedBeforeAnyFieldRunsAndSaysItsCost() {
		ExecutionResult result = execute(limits(1_000, 1 << 20, Duration.ofSeconds(5)),
				"{ items(first: 100) { items(first: 100) { text } } }");
		GraphQLError error = single(result);
		assertThat(error.getExtensions()).containsEntry("code", "QUERY_TOO_COSTLY").containsEntry("limit", 1_000);
		long cost = (Long) error.getExtensions().get("cost");
		assertThat(error.getMessage()).contains("limit of 1000").contains(String.valueOf(cost));
		assertThat(result.getExtensions()).containsEntry("cost", cost);
		assertThat(fetches).hasValue(0);
	}

	@Test
	void everyAnswerReportsItsCost() {
		ExecutionResult result = execute(limits(1_000, 1 << 20, Duration.ofSeconds(5)), "{ items(first: 3) { text } }");
		assertThat(result.getErrors()).isEmpty();
		// the top-level field's round trip and three items of one field each
		assertThat(result.getExtensions()).containsEntry("cost", (long) QueryCost.ROUND_TRIP + 3);
	}

	@Test
	void anAnswerPastItsCapStopsTheWholeExecutionWithOneError(CapturedOutput output) {
		// 100 × 100 texts of 1,000 characters: about 30 MB if it ran to the end
		ExecutionResult result = execute(limits(Integer.MAX_VALUE, 1 << 20, Duration.ofSeconds(30)),
				"{ items(first: 100) { items(first: 100) { text } } }");
		GraphQLError error = single(result);
		assertThat(error.getExtensions()).containsEntry("code", "ANSWER_TOO_LARGE");
		assertThat(error.getMessage()).contains("1048576 bytes");
		assertThat((Object) result.getData()).isNull();
		// about 1 MB of 3 kB texts: a few hundred fetches, not ten thousand
		assertThat(fetches.get()).isLessThan(1_000);
		assertThat(output).containsOnlyOnce("ANSWER_TOO_LARGE").doesNotContain("\tat ");
	}

	@Test
	void theDeadlineIsCheckedAtEveryFieldAndStopsTheRestWithOneError(CapturedOutput output) {
		ExecutionResult result = execute(limits(Integer.MAX_VALUE, 1 << 20, Duration.ofMillis(200)),
				aliases(20, "slow"));
		GraphQLError error = single(result);
		assertThat(error.getExtensions()).containsEntry("code", "REQUEST_TIMEOUT");
		assertThat(error.getMessage()).contains("longer than 200 ms");
		// 50 ms a field: those starting at 0, 50, ... 200 ms run, the other fifteen never
		assertThat(fetches).hasValue(5);
		assertThat(output).containsOnlyOnce("REQUEST_TIMEOUT").doesNotContain("\tat ");
	}

	/**
	 * Once stopped, the answer doesn't wait for what is still pending, nor fails it field
	 * by field: a fan-out stopped by its deadline answered seconds late that way.
	 */
	@Test
	void aStoppedExecutionAnswersAtOnceWithoutWaitingForPendingFields(CapturedOutput output) {
		String query = "{ p0: pending { text } " + aliases(20, "slow").substring(1);
		ExecutionResult result = execute(limits(Integer.MAX_VALUE, 1 << 20, Duration.ofMillis(200)), query);
		GraphQLError error = single(result);
		assertThat(error.getExtensions()).containsEntry("code", "REQUEST_TIMEOUT");
		assertThat((Object) result.getData()).isNull();
		assertThat(result.getExtensions()).containsKey("cost");
		assertThat(output).containsOnlyOnce("REQUEST_TIMEOUT").doesNotContain("\tat ");
		// the batch's answer arriving afterwards runs none of its items' fields
		int before = fetches.get();
		pending.complete(List.of(Map.of("text", "late"), Map.of("text", "later")));
		assertThat(fetches).hasValue(before);
	}

	@Test
	void aVariableOfTheWrongKindIsToldInJsonsWords() {
		GraphQL graphQl = graphQl(limits(1_000, 1 << 20, Duration.ofSeconds(5)));
		ExecutionResult result = graphQl
			.execute(ExecutionInput.newExecutionInput("query($n: Int) { items(first: $n) { text } }")
				.variables(Map.of("n", List.of(1, 2)))
				.build());
		GraphQLError error = single(result);
		assertThat(error.getMessage()).isEqualTo("variable $n has an invalid value: expected an Int, got a list");
		assertThat(error.getExtensions()).containsEntry("code", "GRAPHQL_VALIDATION_FAILED");
	}

	/** Bounded: a stopped execution that waited for its pending fields would hang. */
	private ExecutionResult execute(GuardProperties limits, String query) {
		try {
			return graphQl(limits).executeAsync(ExecutionInput.newExecutionInput(query).build())
				.get(10, TimeUnit.SECONDS);
		}
		catch (Exception ex) {
			throw new AssertionError("no answer within 10 s", ex);
		}
	}

	private GraphQL graphQl(GuardProperties limits) {
		String text = "文".repeat(1_000);
		DataFetcher<List<Map<String, Object>>> items = env -> {
			fetches.incrementAndGet();
			int n = env.getArgumentOrDefault("first", 10);
			return IntStream.range(0, n).mapToObj(i -> Map.<String, Object>of("text", text)).toList();
		};
		DataFetcher<String> slow = env -> {
			fetches.incrementAndGet();
			nanos.addAndGet(TimeUnit.MILLISECONDS.toNanos(50));
			return "done";
		};
		DataFetcher<CompletableFuture<List<Map<String, Object>>>> pendingItems = env -> {
			fetches.incrementAndGet();
			return pending;
		};
		DataFetcher<String> itemText = env -> {
			fetches.incrementAndGet();
			return (String) ((Map<?, ?>) env.getSource()).get("text");
		};
		RuntimeWiring wiring = RuntimeWiring.newRuntimeWiring()
			.type("Query",
					t -> t.dataFetcher("items", items).dataFetcher("slow", slow).dataFetcher("pending", pendingItems))
			.type("Item", t -> t.dataFetcher("items", items).dataFetcher("text", itemText))
			.build();
		GraphQLSchema schema = new SchemaGenerator().makeExecutableSchema(new SchemaParser().parse(SDL), wiring);
		return GraphQL.newGraphQL(schema)
			.instrumentation(new ExecutionGuard(limits, nanos::get))
			.queryExecutionStrategy(new StoppableExecution(new SimpleDataFetcherExceptionHandler()))
			.build();
	}

	private static String aliases(int count, String field) {
		return IntStream.range(0, count)
			.mapToObj(i -> "s" + i + ": " + field)
			.collect(Collectors.joining(" ", "{ ", " }"));
	}

	private static GraphQLError single(ExecutionResult result) {
		assertThat(result.getErrors()).hasSize(1);
		return result.getErrors().getFirst();
	}

	static GuardProperties limits(int maxCost, long maxAnswerBytes, Duration requestTimeout) {
		return new GuardProperties(65_536, Duration.ofSeconds(10), 1024, 12, 600, 15_000, maxCost, maxAnswerBytes, 0,
				Duration.ofSeconds(2), requestTimeout, Duration.ofSeconds(10), false, true, "");
	}

}
