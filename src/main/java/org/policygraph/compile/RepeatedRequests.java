package org.policygraph.compile;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.GraphQLContext;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionContextBuilder;
import graphql.execution.ExecutionId;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationCreateStateParameters;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.language.OperationDefinition;
import org.neo4j.driver.Record;
import org.policygraph.compile.CompiledCompletion.Setting;
import org.policygraph.graphql.Repeats;
import org.policygraph.guard.ExecutionGuard;
import org.policygraph.guard.GuardProperties;
import org.policygraph.neo4j.LruCache;
import org.policygraph.neo4j.Neo4jReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.graphql.GraphQlRequest;

/**
 * Answers a request the engine has answered before, the same document, operation and
 * variables, wholly from compiled statements, without the engine: the statements are run
 * again with the parameters they had (the graph may have changed since; nothing of the
 * answer is kept), and their rows completed by the same walk. What the engine did besides
 * running them depends only on the request's text and variables, and it passed then:
 * parsing, the document limits, validation, coercing the variables, the cost (kept and
 * reported as before). Skipped are its execution set-up, the instrumentation chain, the
 * strategy's futures and Spring for GraphQL's reactive plumbing: about a third of a point
 * lookup's request-thread CPU outside its Cypher (src/bench/PROFILE.md).
 *
 * <p>
 * The request's deadline and answer size are the guard's as before; the Cypher
 * transaction's timeout is what is left of the request's. Anything else than an answer
 * like the first one (a statement the server refuses, a limit reached, a row the walk
 * can't complete, the database away) gives the request to the engine from the start, with
 * nothing sent yet, and the request is forgotten until the engine answers it so again.
 * Only requests whose variables are a few short scalars are kept, as the guard keeps
 * costs; a request with extensions is always the engine's.
 */
public final class RepeatedRequests implements Instrumentation, Repeats {

	private static final Logger log = LoggerFactory.getLogger(RepeatedRequests.class);

	/** Extensions the engine's answer may carry that a repeat gives too. */
	private static final Set<String> REPEATED_EXTENSIONS = Set.of("cost");

	private final CompiledQueries queries;

	private final CompiledCompletion completion;

	private final Neo4jReads reads;

	private final GuardProperties limits;

	private final LruCache<Key, Known> known;

	private final LongAdder answered = new LongAdder();

	private volatile boolean enabled;

	RepeatedRequests(CompiledQueries queries, CompiledCompletion completion, Neo4jReads reads, GuardProperties limits,
			int cacheSize, boolean enabled) {
		this.queries = queries;
		this.completion = completion;
		this.reads = reads;
		this.limits = limits;
		this.known = new LruCache<>(cacheSize);
		this.enabled = enabled;
	}

	/** Switches repeats for tests that ask both ways. */
	void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	/** How many requests were answered without the engine, for tests that they were. */
	public long answered() {
		return answered.sum();
	}

	/** What makes two requests the same. */
	private record Key(String document, String operationName, Map<String, Object> variables) {
	}

	/** A root field of a known request, in the answer's order. */
	private record Step(String resultKey, Recording.Ran ran, Recording.Walked walked) {
	}

	/** A request answered before wholly from compiled statements. */
	private final class Known implements Repeat {

		private final Key key;

		private final List<Step> steps;

		private final long cost;

		private final Setting setting;

		private final ExecutionContext operation;

		private Known(Key key, List<Step> steps, long cost, Setting setting, ExecutionContext operation) {
			this.key = key;
			this.steps = steps;
			this.cost = cost;
			this.setting = setting;
			this.operation = operation;
		}

		@Override
		public ExecutionInput input(String executionId, Locale locale) {
			return ExecutionInput.newExecutionInput(key.document())
				.operationName(key.operationName())
				.variables(key.variables())
				.executionId(ExecutionId.from(executionId))
				.locale(locale)
				.build();
		}

		/** A context of its own, with none of a request's data. */
		@Override
		public ExecutionContext operation() {
			return operation;
		}

		@Override
		public ExecutionResult answer(Locale locale) {
			return RepeatedRequests.this.answer(this, locale);
		}

	}

	/**
	 * @return the request if the engine answered it before wholly from compiled
	 * statements, else null
	 */
	@Override
	public Repeat find(GraphQlRequest request) {
		if (!enabled || !queries.enabled() || !completion.enabled() || !request.getExtensions().isEmpty()
				|| !ExecutionGuard.keepable(request.getVariables())) {
			return null;
		}
		return known.get(new Key(request.getDocument(), request.getOperationName(), request.getVariables()));
	}

	/**
	 * Runs a known request's statements again and completes their rows.
	 * @return the answer, with the cost the engine reported; or null for the engine to
	 * answer the request, nothing having been sent
	 */
	private ExecutionResult answer(Known request, Locale locale) {
		ExecutionGuard.Budget budget = ExecutionGuard.budget(limits);
		Setting setting = request.setting.in(GraphQLContext.newContext().build(), locale, budget);
		List<String> keys = new ArrayList<>(request.steps.size());
		List<Object> values = new ArrayList<>(request.steps.size());
		try {
			for (Step step : request.steps) {
				CompiledQueries.Plan plan = step.ran().plan();
				List<Map<String, Object>> rows = reads.list(plan.cypher(), step.ran().parameters(), Record::asMap);
				Object value = plan.root().answer(rows, plan.shape(), step.ran().parameters(), step.ran().pages());
				Object completed = completion.walk(setting, step.walked().type(), value, step.walked().field());
				if (completed == null) {
					return forget(request, "the walk can't complete " + step.resultKey() + " now");
				}
				keys.add(step.resultKey());
				values.add(completed);
			}
		}
		catch (RuntimeException failed) {
			return forget(request, failed.toString());
		}
		answered.increment();
		return ExecutionGuard.withCost(ExecutionResult.newExecutionResult()
			.data(setting.responses().createInsertionOrdered(keys, values))
			.build(), request.cost);
	}

	private ExecutionResult forget(Known request, String why) {
		log.debug("a repeated request goes to the engine: {}", why);
		known.remove(request.key, request);
		return null;
	}

	@Override
	public InstrumentationState createState(InstrumentationCreateStateParameters parameters) {
		if (!enabled) {
			return null;
		}
		Recording recording = new Recording();
		parameters.getExecutionInput().getGraphQLContext().put(Recording.class, recording);
		return recording;
	}

	@Override
	public CompletableFuture<ExecutionResult> instrumentExecutionResult(ExecutionResult result,
			InstrumentationExecutionParameters parameters, InstrumentationState state) {
		if (state instanceof Recording recording) {
			remember(recording, parameters.getExecutionInput(), result);
		}
		return CompletableFuture.completedFuture(result);
	}

	/** Keeps an answer made wholly of compiled, walked root fields without errors. */
	private void remember(Recording recording, ExecutionInput input, ExecutionResult result) {
		if (!result.getErrors().isEmpty() || !(result.getData() instanceof Map<?, ?> data) || data.isEmpty()
				|| (result.getExtensions() != null && !REPEATED_EXTENSIONS.containsAll(result.getExtensions().keySet()))
				|| !input.getExtensions().isEmpty()) {
			return;
		}
		Map<String, Object> variables = input.getRawVariables().toMap();
		long cost = ExecutionGuard.cost(input.getGraphQLContext());
		Setting setting = recording.setting();
		if (cost < 0 || setting == null || !ExecutionGuard.keepable(variables)
				|| known.get(new Key(input.getQuery(), input.getOperationName(), variables)) != null) {
			// a known request the engine answered anyway (a GET, another content type):
			// its entry is the same; one forgotten is learned again
			return;
		}
		List<Step> steps = new ArrayList<>(data.size());
		for (Object resultKey : data.keySet()) {
			Recording.Ran ran = recording.ran((String) resultKey);
			Recording.Walked walked = recording.walked((String) resultKey);
			if (ran == null || walked == null) {
				return;
			}
			steps.add(new Step((String) resultKey, ran, walked));
		}
		OperationDefinition operation = recording.operation();
		ExecutionContext observed = ExecutionContextBuilder.newExecutionContextBuilder()
			.executionId(ExecutionId.from("repeated"))
			.graphQLSchema(setting.schema())
			.operationDefinition(operation)
			.build();
		Key key = new Key(input.getQuery(), input.getOperationName(),
				Collections.unmodifiableMap(new LinkedHashMap<>(variables)));
		known.put(key, new Known(key, List.copyOf(steps), cost, setting.in(null, null, null), observed));
	}

}
