package org.policygraph.compile;

import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.atomic.LongAdder;

import graphql.execution.ExecutionStepInfo;
import graphql.execution.instrumentation.Instrumentation;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.SelectedField;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Configuration;
import org.neo4j.cypherdsl.core.renderer.Dialect;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Record;
import org.neo4j.driver.exceptions.ClientException;
import org.policygraph.compile.FieldRead.Scope;
import org.policygraph.compile.SelectionCompiler.Context;
import org.policygraph.compile.SelectionCompiler.PageArguments;
import org.policygraph.compile.SelectionCompiler.Projection;
import org.policygraph.graphql.Page;
import org.policygraph.guard.ExecutionGuard;
import org.policygraph.neo4j.LruCache;
import org.policygraph.neo4j.Neo4jReads;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers a root field the compiler knows with one statement and its nested fields from
 * that statement's rows, so no resolver or batch loader runs below it. The statement is
 * compiled once per document, operation and root field (and which variables are given,
 * since {@code @include(if: $v)} changes the selection, and the {@link Root#variant} of
 * its arguments) and kept in an LRU; a request that repeats one costs its parameters
 * only. The field's fetch still passes the guard (deadline, answer size) like any other,
 * and the statement runs through {@link Neo4jReads}, so the request's deadline is its
 * transaction's timeout. The answer's nested fields are then completed in one step by
 * {@link CompiledCompletion}, or field by field through this instrumentation, which reads
 * each from its {@link CompiledRow}.
 */
final class CompiledQueries implements Instrumentation {

	private static final Logger log = LoggerFactory.getLogger(CompiledQueries.class);

	private static final Renderer RENDERER = Renderer
		.getRenderer(Configuration.newConfig().withDialect(Dialect.NEO4J_5_23).build());

	/**
	 * The largest root field, in the guard's cost, that one statement answers; a larger
	 * one goes to its resolvers. The deadline stops a request between reads, and the
	 * resolvers read a fan-out level by level, but the statement running when it passes
	 * is received and mapped whole: ExecutionLimitsIT's fan-out (ten roots of about 32
	 * million each, a page of items with their leads' items' leads' items) answered up to
	 * 0.9 s past its deadline, also once 1.3 s, from the statement in flight. Five times
	 * the fields a walk completes ({@link CompiledCompletion#MAX_FIELDS}): the cost
	 * counts lists at about twice their mean length, and every catalog question's root
	 * costs less than 17,000. Above the guard's default limit for a whole request
	 * (20,000), so it decides only where an operator raised that.
	 */
	static final long MAX_COST = 5L * CompiledCompletion.MAX_FIELDS;

	/** The cached answer for a selection the compiler doesn't cover. */
	private static final Plan RESOLVERS = new Plan(null, null, null, null);

	private final Map<String, Root> roots;

	private final SelectionCompiler compiler;

	private final Neo4jReads reads;

	private final LruCache<Key, Plan> plans;

	private final LongAdder answered = new LongAdder();

	private volatile boolean enabled;

	CompiledQueries(Map<String, Root> roots, SelectionCompiler compiler, Neo4jReads reads, int cacheSize,
			boolean enabled) {
		this.roots = roots;
		this.compiler = compiler;
		this.reads = reads;
		this.plans = new LruCache<>(cacheSize);
		this.enabled = enabled;
	}

	/** Switches the compiler for tests that ask both ways. */
	void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	boolean enabled() {
		return enabled;
	}

	/**
	 * How many root fields compiled statements have answered, for tests that they did.
	 */
	long answered() {
		return answered.sum();
	}

	/**
	 * The statement compiled for a document's root field asked without variables, null
	 * before it is asked or when the resolvers answer it; the plan tests read it.
	 */
	String compiled(String document, String operation, String field, Object variant) {
		Plan plan = plans.get(new Key(document, operation, field, Map.of(), variant));
		return plan == null ? null : plan.cypher();
	}

	record Plan(String cypher, Root root, Shape.Row shape, List<PageArguments> pages) {
	}

	private record Key(String document, String operation, String field, Map<String, Object> given, Object variant) {
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		DataFetchingEnvironment env = parameters.getEnvironment();
		// __typename is the engine's, from the type resolver
		if (env.getSource() instanceof CompiledRow row && !env.getField().getName().startsWith("__")) {
			Object value = row.values().get(env.getField().getResultKey());
			return ignored -> value;
		}
		if (!enabled) {
			return fetcher;
		}
		ExecutionStepInfo step = parameters.getExecutionStepInfo();
		Root root = step.getPath().getLevel() == 1 && "Query".equals(step.getObjectType().getName())
				? roots.get(step.getFieldDefinition().getName()) : null;
		if (root == null) {
			return fetcher;
		}
		String document = parameters.getExecutionContext().getExecutionInput().getQuery();
		if (document == null) {
			return fetcher;
		}
		return fetch -> {
			if (ExecutionGuard.rootCost(fetch.getGraphQlContext(), fetch.getField().getResultKey()) > MAX_COST) {
				return fetcher.get(fetch);
			}
			Object variant;
			try {
				variant = root.variant(fetch);
			}
			catch (Root.Fallback fallback) {
				return fetcher.get(fetch);
			}
			Key key = key(document, fetch, variant);
			Plan plan = plans.computeIfAbsent(key, k -> compile(root, fetch, variant));
			if (plan == RESOLVERS) {
				return fetcher.get(fetch);
			}
			try {
				return run(plan, fetch);
			}
			catch (Root.Fallback fallback) {
				return fetcher.get(fetch);
			}
			catch (ClientException refused) {
				if (refused.code() == null || !refused.code().startsWith("Neo.ClientError.Statement.")) {
					throw refused;
				}
				// a statement the server won't run is the compiler's bug, not the user's:
				// logged once, and the resolvers answer this document from now on
				log.error("compiled statement refused ({}), {} goes to its resolvers: {}", refused.code(),
						fetch.getField().getName(), plan.cypher());
				plans.put(key, RESOLVERS);
				return fetcher.get(fetch);
			}
		};
	}

	private Object run(Plan plan, DataFetchingEnvironment env) {
		Map<String, Object> parameters = new HashMap<>(plan.root().parameters(env));
		Map<String, Page> pages = new HashMap<>();
		if (!plan.pages().isEmpty()) {
			Map<String, SelectedField> fields = new HashMap<>();
			for (SelectedField field : env.getSelectionSet().getFields()) {
				fields.put(field.getFullyQualifiedName(), field);
			}
			for (PageArguments arguments : plan.pages()) {
				SelectedField field = fields.get(arguments.fieldPath());
				Page page;
				try {
					page = Page.of((Integer) field.getArguments().get("first"),
							(String) field.getArguments().get("after"));
				}
				catch (RuntimeException refused) {
					// the nested resolver refuses it, at its own path
					throw new Root.Fallback("a nested page the resolver refuses");
				}
				pages.put(arguments.parameter(), page);
				parameters.put(arguments.parameter() + "after", page.after());
				parameters.put(arguments.parameter() + "fetch", page.fetch());
			}
		}
		List<Map<String, Object>> rows = reads.list(plan.cypher(), parameters, Record::asMap);
		Object answer = plan.root().answer(rows, plan.shape(), parameters, pages);
		answered.increment();
		Recording recording = env.getGraphQlContext().get(Recording.class);
		if (recording != null) {
			recording.ran(env.getField().getResultKey(), plan, Collections.unmodifiableMap(parameters),
					Collections.unmodifiableMap(pages));
		}
		return answer;
	}

	private Plan compile(Root root, DataFetchingEnvironment env, Object variant) {
		if (root instanceof Root.Whole whole) {
			return new Plan(whole.cypher(variant), root, null, List.of());
		}
		try {
			Context context = new Context();
			SymbolicName node = context.names.variable();
			List<SelectedField> fields = env.getSelectionSet().getImmediateFields();
			if (root.paged()) {
				context.path = SelectionCompiler.nodePath(fields);
			}
			Projection projection = compiler.object(root.type(), new Scope(node),
					root.paged() ? SelectionCompiler.nodeFields(fields) : fields, context);
			String cypher = RENDERER.render(root.statement(node, projection.map(), variant));
			return new Plan(cypher, root, projection.shape(), List.copyOf(context.pages));
		}
		catch (SelectionCompiler.Unsupported unsupported) {
			log.debug("{} goes to its resolvers: the compiler doesn't know {}", env.getField().getName(),
					unsupported.getMessage());
			return RESOLVERS;
		}
	}

	/**
	 * Which variables are given, and the values of those that are booleans (they may
	 * decide {@code @include} and {@code @skip}).
	 */
	private static Key key(String document, DataFetchingEnvironment env, Object variant) {
		Map<String, Object> given = new TreeMap<>();
		env.getVariables().forEach((name, value) -> given.put(name, value instanceof Boolean ? value : value != null));
		return new Key(document, env.getOperationDefinition().getName(), env.getField().getResultKey(), given, variant);
	}

}
