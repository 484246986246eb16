package org.policygraph.guard;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.execution.AbortExecutionException;
import graphql.execution.ExecutionContext;
import graphql.execution.instrumentation.FieldFetchingInstrumentationContext;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecuteOperationParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.LightDataFetcher;
import org.policygraph.error.ErrorCode;
import org.policygraph.neo4j.LruCache;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Bounds one execution in cost, time and answer size. The cost ({@link QueryCost}) is
 * computed from the operation the engine is about to run, with its variables, and an
 * operation over budget is refused before any field runs; every answer reports its cost
 * in {@code extensions.cost}. Then every field fetch, including those answered from a
 * DataLoader's cache that run no Cypher, checks the request's deadline and the answer's
 * size so far. The first fetch past a limit stops the whole execution: the answer, one
 * error that names the limit, is given at once ({@link StoppableExecution}), one line is
 * logged, and every fetch after it returns a value that never arrives, so the work still
 * pending is dropped rather than failed field by field.
 *
 * <p>
 * Costs are kept by query text, operation and variables: building the normalized
 * operation the cost is counted on was about 4.6% of a request thread's CPU on a repeated
 * point lookup (flight recording, src/bench/PROFILE.md), and the cost depends on nothing
 * else. Only requests whose variables are a few short scalars are kept, so the cache
 * holds little more than the document texts DocumentAdmission keeps.
 */
public final class ExecutionGuard implements Instrumentation {

	private static final Logger log = LoggerFactory.getLogger(ExecutionGuard.class);

	static final int COSTS = 1_000;

	private static final int MAX_CACHED_VARIABLES = 16;

	private static final int MAX_CACHED_STRING = 200;

	private final GuardProperties limits;

	private final LongSupplier nanoClock;

	private final LruCache<CostKey, QueryCost.Costs> costs = new LruCache<>(COSTS);

	ExecutionGuard(GuardProperties limits) {
		this(limits, System::nanoTime);
	}

	/** With a clock of its own, for tests that must not depend on the machine's speed. */
	ExecutionGuard(GuardProperties limits, LongSupplier nanoClock) {
		this.limits = limits;
		this.nanoClock = nanoClock;
	}

	/**
	 * Stops the execution that owns this context, for a failure found outside the guard
	 * (a Cypher query that the request's deadline or Neo4j's timeout cut off).
	 * @return whether an execution was stopped; false outside a guarded execution
	 */
	public static boolean stop(GraphQLContext context, ErrorCode reason, String message) {
		Run run = context == null ? null : context.get(Run.class);
		if (run == null) {
			return false;
		}
		run.stop(reason, message);
		return true;
	}

	/**
	 * The limits of this context's execution for fields completed without a fetch of
	 * their own (a compiled answer's nested fields, {@link RootCompletion}): checked
	 * where each fetch would have checked them, so that such an answer stops at the same
	 * field, for the same limit, as one completed field by field.
	 */
	public static Budget budget(GraphQLContext context) {
		Run run = context == null ? null : context.get(Run.class);
		return run == null ? Budget.UNLIMITED : run;
	}

	/**
	 * The limits of a request answered outside the engine ({@code RepeatedRequests}),
	 * counted from now as an execution's are from its start.
	 */
	public static Budget budget(GuardProperties limits) {
		return new Run(System::nanoTime, limits);
	}

	/**
	 * The cost the guard computed for this context's execution, or -1 before it did.
	 */
	public static long cost(GraphQLContext context) {
		Run run = context == null ? null : context.get(Run.class);
		return run == null ? -1 : run.cost;
	}

	/**
	 * The cost the guard computed for one root field of this context's execution, by its
	 * response key, or -1 before it did.
	 */
	public static long rootCost(GraphQLContext context, String responseKey) {
		Run run = context == null ? null : context.get(Run.class);
		return run == null || run.costs == null ? -1 : run.costs.root(responseKey);
	}

	/** The answer with its cost, as every answer reports it. */
	public static ExecutionResult withCost(ExecutionResult answer, long cost) {
		return answer.transform(builder -> builder.addExtension("cost", cost));
	}

	/**
	 * Whether work that depends on a request's variables may be kept by them: they are a
	 * few short scalars.
	 */
	public static boolean keepable(Map<String, Object> variables) {
		return variables.size() <= MAX_CACHED_VARIABLES && variables.values()
			.stream()
			.allMatch(v -> v == null || v instanceof Number || v instanceof Boolean
					|| (v instanceof String text && text.length() <= MAX_CACHED_STRING));
	}

	/** See {@link #budget}. */
	public interface Budget {

		/** Outside a guarded execution. */
		Budget UNLIMITED = new Budget() {
			@Override
			public boolean stopsAt(long unfetchedBytes) {
				return false;
			}

			@Override
			public void spent(long unfetchedBytes) {
			}
		};

		/**
		 * Checks what a field's fetch checks first, and stops the execution as it would.
		 * @param unfetchedBytes the {@link #answerBytes} of the fields completed so far
		 * without a fetch
		 * @return whether the execution is stopped: its answer is the guard's error
		 */
		boolean stopsAt(long unfetchedBytes);

		/** Counts fields completed without a fetch, once all of them are. */
		void spent(long unfetchedBytes);

	}

	/** What a field's fetched value counts towards the answer's size. */
	public static long answerBytes(Object value) {
		return Run.size(value);
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		ExecutionInput input = parameters.getExecutionInput();
		Run run = new Run(nanoClock, limits);
		input.getGraphQLContext().put(Run.class, run);
		return run;
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecuteOperation(
			InstrumentationExecuteOperationParameters parameters, InstrumentationState state) {
		ExecutionContext execution = parameters.getExecutionContext();
		Run run = (Run) state;
		run.costs = cost(execution);
		run.cost = run.costs.total();
		if (run.cost > limits.maxCost()) {
			throw new AbortExecutionException(List.of(GuardErrors.error(ErrorCode.QUERY_TOO_COSTLY,
					"the query would cost about " + run.cost + ", more than the limit of " + limits.maxCost()
							+ " (each field counts once per item of the pages and lists above it; search, maps and "
							+ "paths count their work); ask for smaller pages, fewer aliases or split the request",
					Map.of("cost", run.cost, "limit", limits.maxCost()))));
		}
		return null;
	}

	@Override
	public FieldFetchingInstrumentationContext beginFieldFetching(InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		Run run = (Run) state;
		run.check();
		return run;
	}

	/**
	 * Once the execution is stopped, a fetch neither runs nor fails: failing would cost
	 * an exception, an error handler's round and an error (appended to a copied list) for
	 * each of thousands of pending fields, which made a stopped fan-out answer seconds
	 * late. A value that never arrives costs nothing; the answer went out already. The
	 * guard is the outermost instrumentation, so no observation of such a fetch starts.
	 */
	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		Run run = (Run) state;
		if (fetcher instanceof LightDataFetcher<?> light) {
			return new LightDataFetcher<>() {
				@Override
				public Object get(GraphQLFieldDefinition field, Object source,
						Supplier<DataFetchingEnvironment> environment) throws Exception {
					return (run.stopped != null) ? run.never : light.get(field, source, environment);
				}

				@Override
				public Object get(DataFetchingEnvironment environment) throws Exception {
					return (run.stopped != null) ? run.never : light.get(environment);
				}
			};
		}
		return environment -> (run.stopped != null) ? run.never : fetcher.get(environment);
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		Run run = (Run) state;
		ExecutionResult answer = result;
		if (run.stopped != null) {
			log.warn("request {} stopped after {} ms: {} ({}; cost {}, about {} bytes of answer)",
					parameters.getExecutionInput().getExecutionId(),
					TimeUnit.NANOSECONDS.toMillis(run.stoppedAt - run.started), run.stopped, run.message, run.cost,
					run.answerBytes);
			// no data, partial or null: the one error is the answer
			answer = ExecutionResult.newExecutionResult()
				.addError(GuardErrors.error(run.stopped, run.message))
				.extensions(result.getExtensions())
				.build();
		}
		else if (result.getErrors().stream().anyMatch(ExecutionGuard::isInputError)) {
			answer = result.transform(builder -> builder.errors(result.getErrors()
				.stream()
				.map(error -> isInputError(error) ? GuardErrors.error(ErrorCode.GRAPHQL_VALIDATION_FAILED,
						InputMessages.plain(error.getMessage())) : error)
				.toList()));
		}
		if (run.cost >= 0) {
			answer = withCost(answer, run.cost);
		}
		return CompletableFuture.completedFuture(answer);
	}

	private QueryCost.Costs cost(ExecutionContext execution) {
		ExecutionInput input = execution.getExecutionInput();
		Map<String, Object> variables = input.getRawVariables().toMap();
		if (!keepable(variables)) {
			return QueryCost.of(execution.getNormalizedQueryTree().get(), execution.getGraphQLSchema());
		}
		return costs.computeIfAbsent(new CostKey(input.getQuery(), input.getOperationName(), variables),
				key -> QueryCost.of(execution.getNormalizedQueryTree().get(), execution.getGraphQLSchema()));
	}

	/** What a cost depends on besides the schema, which is fixed for the process. */
	private record CostKey(String query, String operationName, Map<String, Object> variables) {
	}

	/**
	 * Variables that don't fit their declared types, found by graphql-java as it coerces
	 * them before execution.
	 */
	private static boolean isInputError(GraphQLError error) {
		return error.getErrorType() == graphql.ErrorType.ValidationError;
	}

	/**
	 * One execution's spending; also the context of every field fetch, so that counting
	 * costs no allocation per field.
	 */
	static final class Run implements InstrumentationState, FieldFetchingInstrumentationContext, Budget {

		private final LongSupplier clock;

		private final long started;

		private final long deadline;

		private final Duration timeout;

		private final long maxAnswerBytes;

		/** The answer of a stopped execution, given as soon as it stops. */
		final CompletableFuture<ExecutionResult> stoppedAnswer = new CompletableFuture<>();

		/** What every fetch after the stop returns: completed by nobody. */
		final CompletableFuture<Object> never = new CompletableFuture<>();

		long cost = -1;

		QueryCost.Costs costs;

		long answerBytes;

		volatile ErrorCode stopped;

		volatile String message;

		volatile long stoppedAt;

		Run(LongSupplier clock, GuardProperties limits) {
			this.clock = clock;
			this.started = clock.getAsLong();
			this.timeout = limits.requestTimeout();
			this.deadline = this.started + this.timeout.toNanos();
			this.maxAnswerBytes = limits.maxAnswerBytes();
		}

		void check() {
			if (stopped == null) {
				if (clock.getAsLong() - deadline > 0) {
					stop(ErrorCode.REQUEST_TIMEOUT, "the request took longer than " + seconds(timeout)
							+ " and was stopped; ask for fewer items or a shallower graph");
				}
				else if (answerBytes > maxAnswerBytes) {
					stop(ErrorCode.ANSWER_TOO_LARGE, "the answer grew past " + maxAnswerBytes
							+ " bytes and was stopped; ask for smaller pages, fewer fields or split the request");
				}
			}
		}

		@Override
		public boolean stopsAt(long unfetchedBytes) {
			if (stopped == null && clock.getAsLong() - deadline <= 0
					&& answerBytes + unfetchedBytes <= maxAnswerBytes) {
				return false;
			}
			// the same checks with those fields counted: they stop it
			answerBytes += unfetchedBytes;
			check();
			return true;
		}

		@Override
		public void spent(long unfetchedBytes) {
			answerBytes += unfetchedBytes;
		}

		void stop(ErrorCode reason, String why) {
			synchronized (this) {
				if (stopped != null) {
					return;
				}
				message = why;
				stoppedAt = clock.getAsLong();
				stopped = reason;
			}
			// outside the lock: the answer is completed, and sent, on this thread
			stoppedAnswer.complete(ExecutionResult.newExecutionResult().build());
		}

		@Override
		public void onDispatched() {
		}

		@Override
		public void onCompleted(Object value, Throwable failure) {
			answerBytes += size(value);
		}

		/**
		 * Roughly what a fetched value adds to the JSON answer: its key and punctuation,
		 * and for text up to three bytes a character (Chinese in UTF-8). Objects add
		 * nothing themselves: their fields are fetched and counted one by one.
		 */
		private static long size(Object value) {
			long bytes = 16;
			if (value instanceof CharSequence text) {
				bytes += 3L * text.length();
			}
			else if (value instanceof List<?> list) {
				for (Object item : list) {
					bytes += item instanceof CharSequence text ? 4 + 3L * text.length() : 8;
				}
			}
			return bytes;
		}

		private static String seconds(Duration timeout) {
			return timeout.toMillis() < 1000 ? timeout.toMillis() + " ms" : timeout.toSeconds() + " s";
		}

	}

}
