package org.policygraph.compile;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;

import graphql.GraphQLContext;
import graphql.execution.DataFetcherResult;
import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldCollector;
import graphql.execution.FieldCollectorParameters;
import graphql.execution.FieldValueInfo;
import graphql.execution.MergedField;
import graphql.execution.MergedSelectionSet;
import graphql.execution.ResponseMapFactory;
import graphql.execution.ResultNodesInfo;
import graphql.execution.ValueUnboxer;
import graphql.introspection.Introspection;
import graphql.language.FragmentDefinition;
import graphql.language.OperationDefinition;
import graphql.schema.DataFetcher;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.GraphQLCodeRegistry;
import graphql.schema.GraphQLEnumType;
import graphql.schema.GraphQLFieldDefinition;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNonNull;
import graphql.schema.GraphQLObjectType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLScalarType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLType;
import graphql.schema.GraphQLUnionType;
import graphql.schema.GraphQLInterfaceType;
import graphql.schema.LightDataFetcher;
import org.policygraph.guard.ExecutionGuard;
import org.policygraph.guard.RootCompletion;

/**
 * Completes a compiled answer ({@link CompiledRow}s, their lists and connections) in one
 * walk instead of graphql-java resolving each nested field: without it, the engine passes
 * every field of the answer through the instrumentations, a data fetcher and value
 * completion, about half of a point lookup's request-thread CPU (src/bench/PROFILE.md).
 * The walk does what the engine would: the same field collection (fragments, aliases,
 * {@code @include}/{@code @skip}), {@code __typename} from the object's type, the row's
 * value by response key, the registered fetcher for the connection records, each scalar
 * and enum serialised by its type, the same response maps; and the guard spends what the
 * fetches would have. Whatever would make the engine answer anything but plain data (a
 * null where the schema says non-null, a value that doesn't serialise, a type that
 * doesn't resolve, a fetcher that needs its environment) gives up the walk, which has
 * changed nothing, and the engine completes the value from the start.
 */
final class CompiledCompletion implements RootCompletion {

	private static final GaveUp GAVE_UP = new GaveUp();

	private static final GaveUp STOPPED = new GaveUp();

	/**
	 * The most fields a walk completes; a larger answer is the engine's. Walked quickly,
	 * a fan-out of large compiled roots (ExecutionLimitsIT's: ten aliases of 85 items
	 * with their leads' items' leads' items) runs and holds more of its statements before
	 * the deadline, and the one running when it passes can't be stopped in the driver's
	 * mapping: it answered 1-5 s past the deadline instead of at it. Point lookups and
	 * pages complete a few dozen to a few thousand fields.
	 */
	static final int MAX_FIELDS = 10_000;

	private static final Supplier<DataFetchingEnvironment> NO_ENVIRONMENT = () -> {
		throw GAVE_UP;
	};

	private final FieldCollector collector = new FieldCollector();

	private final LongAdder completed = new LongAdder();

	private final LongAdder collections = new LongAdder();

	private volatile boolean enabled;

	CompiledCompletion(boolean enabled) {
		this.enabled = enabled;
	}

	/** Switches the walk for tests that ask both ways. */
	void enabled(boolean enabled) {
		this.enabled = enabled;
	}

	boolean enabled() {
		return this.enabled;
	}

	/** How many root fields the walk has completed, for tests that it did. */
	long completed() {
		return this.completed.sum();
	}

	/** How many sub-selections the walks have collected, for tests of the memo. */
	long collections() {
		return this.collections.sum();
	}

	@Override
	public FieldValueInfo complete(ExecutionContext context, ExecutionStrategyParameters parameters) {
		Object value = context.getValueUnboxer().unbox(parameters.getSource());
		if (!this.enabled || !compiled(value) || context.hasIncrementalSupport()
				|| context.getOperationDefinition().getOperation() != OperationDefinition.Operation.QUERY
				|| context.getGraphQLContext().hasKey(ResultNodesInfo.MAX_RESULT_NODES)) {
			return null;
		}
		Setting setting = Setting.of(context);
		GraphQLOutputType type = parameters.getExecutionStepInfo().getType();
		Object completed;
		try {
			completed = walk(setting, type, value, parameters.getField());
		}
		catch (Stopped stopped) {
			// the guard's error is the answer, as when a fetch finds the limit
			return new FieldValueInfo(FieldValueInfo.CompleteValueType.OBJECT, new CompletableFuture<>());
		}
		if (completed == null) {
			return null;
		}
		Recording recording = context.getGraphQLContext().get(Recording.class);
		if (recording != null) {
			recording.walked(parameters.getField(), type, setting, context.getOperationDefinition());
		}
		return new FieldValueInfo(completed instanceof List<?> ? FieldValueInfo.CompleteValueType.LIST
				: FieldValueInfo.CompleteValueType.OBJECT, completed);
	}

	/**
	 * Completes a compiled root field's value as the engine would, also outside an
	 * execution ({@link RepeatedRequests}).
	 * @return the completed value, or null where the engine must complete it
	 * @throws Stopped when the guard stopped the request at a field
	 */
	Object walk(Setting setting, GraphQLOutputType type, Object value, MergedField field) {
		if (!compiled(value)) {
			return null;
		}
		Walk walk = new Walk(setting);
		Object completed;
		try {
			completed = walk.value(type, value, field);
		}
		catch (GaveUp gaveUp) {
			if (gaveUp == STOPPED) {
				throw new Stopped();
			}
			return null;
		}
		walk.budget.spent(walk.bytes);
		this.completed.increment();
		return completed;
	}

	/**
	 * What a walk reads of its execution: the document's fragments, the coerced variables
	 * (they decide {@code @include} and {@code @skip}), how the engine unboxes values and
	 * builds response maps, the context and locale scalars serialise with, and the
	 * guard's limits.
	 */
	record Setting(GraphQLSchema schema, Map<String, FragmentDefinition> fragments, Map<String, Object> variables,
			ValueUnboxer unboxer, ResponseMapFactory responses, GraphQLContext context, Locale locale,
			ExecutionGuard.Budget budget) {

		static Setting of(ExecutionContext context) {
			return new Setting(context.getGraphQLSchema(), context.getFragmentsByName(),
					context.getCoercedVariables().toMap(), context.getValueUnboxer(), context.getResponseMapFactory(),
					context.getGraphQLContext(), context.getLocale(),
					ExecutionGuard.budget(context.getGraphQLContext()));
		}

		/** The same document and variables in another request's context and limits. */
		Setting in(GraphQLContext context, Locale locale, ExecutionGuard.Budget budget) {
			return new Setting(schema, fragments, variables, unboxer, responses, context, locale, budget);
		}

	}

	/** The guard stopped the request during a walk; its error is the answer. */
	static final class Stopped extends RuntimeException {

		Stopped() {
			super("the guard stopped the request", null, false, false);
		}

	}

	/** What the compiler answered: a row, a list of rows, a page of rows. */
	private static boolean compiled(Object value) {
		if (value instanceof CompiledRow) {
			return true;
		}
		if (value instanceof List<?> list) {
			return !list.isEmpty() && list.stream().allMatch(CompiledRow.class::isInstance);
		}
		if (value instanceof org.policygraph.graphql.Connection<?> page) {
			return !page.edges().isEmpty() && page.edges().stream().allMatch(e -> e.node() instanceof CompiledRow);
		}
		return false;
	}

	/**
	 * One completion; the guard's limits checked before each field, as before each fetch,
	 * and the sizes it counts.
	 */
	private final class Walk {

		private final Setting setting;

		private final GraphQLSchema schema;

		private final GraphQLCodeRegistry registry;

		private final FieldCollectorParameters.Builder collecting;

		final ExecutionGuard.Budget budget;

		/**
		 * The fields collected per (merged field, object type), by identity: the
		 * variables and fragments that decide them are the walk's, so each element of a
		 * list asks again for what the first one collected (and the sub-fields are then
		 * the same objects, so the memo holds all the way down). Never kept across walks:
		 * the variables drive {@code @include}/{@code @skip}.
		 */
		private final Map<MergedField, Map<GraphQLObjectType, Collected>> collected = new IdentityHashMap<>();

		long bytes;

		int fields;

		Walk(Setting setting) {
			this.setting = setting;
			this.schema = setting.schema();
			this.registry = this.schema.getCodeRegistry();
			this.collecting = FieldCollectorParameters.newParameters()
				.schema(this.schema)
				.fragments(setting.fragments())
				.variables(setting.variables())
				.graphQLContext(setting.context());
			this.budget = setting.budget();
		}

		Object value(GraphQLOutputType type, Object fetched, MergedField field) {
			Object value = this.setting.unboxer().unbox(fetched);
			if (type instanceof GraphQLNonNull nonNull) {
				Object completed = value((GraphQLOutputType) nonNull.getWrappedType(), value, field);
				if (completed == null) {
					throw GAVE_UP;
				}
				return completed;
			}
			if (value == null) {
				return null;
			}
			try {
				return switch (type) {
					case GraphQLList list -> list(list, value, field);
					case GraphQLScalarType scalar ->
						scalar.getCoercing().serialize(value, this.setting.context(), this.setting.locale());
					case GraphQLEnumType enumeration ->
						enumeration.serialize(value, this.setting.context(), this.setting.locale());
					case GraphQLObjectType object -> object(object, value, field);
					case GraphQLInterfaceType abstractType -> object(resolved(abstractType, value), value, field);
					case GraphQLUnionType abstractType -> object(resolved(abstractType, value), value, field);
					default -> throw GAVE_UP;
				};
			}
			catch (GaveUp gaveUp) {
				throw gaveUp;
			}
			catch (RuntimeException refused) {
				// a serialisation error, which the engine reports at its path
				throw GAVE_UP;
			}
		}

		private List<Object> list(GraphQLList type, Object value, MergedField field) {
			if (!(value instanceof Iterable<?> items)) {
				throw GAVE_UP;
			}
			GraphQLOutputType element = (GraphQLOutputType) type.getWrappedType();
			List<Object> completed = new ArrayList<>();
			for (Object item : items) {
				completed.add(value(element, item, field));
			}
			return completed;
		}

		/** As CompilerConfiguration's type resolver: a row says its type. */
		private GraphQLObjectType resolved(GraphQLType abstractType, Object value) {
			if (!(value instanceof CompiledRow row)) {
				throw GAVE_UP;
			}
			GraphQLObjectType object = this.schema.getObjectType(row.type());
			if (object == null || !this.schema.isPossibleType((graphql.schema.GraphQLNamedType) abstractType, object)) {
				throw GAVE_UP;
			}
			return object;
		}

		private Object object(GraphQLObjectType type, Object source, MergedField field) {
			Collected fields = collected(type, field);
			List<String> keys = fields.keys();
			List<Object> values = new ArrayList<>(keys.size());
			for (int i = 0; i < keys.size(); i++) {
				MergedField each = fields.fields()[i];
				GraphQLFieldDefinition definition = fields.definitions()[i];
				if (this.budget.stopsAt(this.bytes)) {
					throw STOPPED;
				}
				if (++this.fields > MAX_FIELDS) {
					throw GAVE_UP;
				}
				Object fetched = fetch(type, source, each, each.getName(), definition);
				this.bytes += ExecutionGuard.answerBytes(fetched);
				values.add(value(definition.getType(), fetched, each));
			}
			return this.setting.responses().createInsertionOrdered(keys, values);
		}

		private Collected collected(GraphQLObjectType type, MergedField field) {
			return this.collected.computeIfAbsent(field, f -> new IdentityHashMap<>(2))
				.computeIfAbsent(type, t -> collect(t, field));
		}

		private Collected collect(GraphQLObjectType type, MergedField field) {
			collections.increment();
			MergedSelectionSet set = collector.collectFields(this.collecting.objectType(type).build(), field, false);
			List<String> keys = set.getKeys();
			MergedField[] fields = new MergedField[keys.size()];
			GraphQLFieldDefinition[] definitions = new GraphQLFieldDefinition[keys.size()];
			for (int i = 0; i < fields.length; i++) {
				fields[i] = set.getSubField(keys.get(i));
				definitions[i] = Introspection.getFieldDefinition(this.schema, type, fields[i].getName());
			}
			return new Collected(keys, fields, definitions);
		}

		/** What the field's fetch would return: CompiledQueries reads a row by key. */
		private Object fetch(GraphQLObjectType type, Object source, MergedField field, String name,
				GraphQLFieldDefinition definition) {
			if (name.equals(Introspection.TypeNameMetaFieldDef.getName())) {
				return type.getName();
			}
			if (name.startsWith("__")) {
				throw GAVE_UP;
			}
			Object fetched;
			if (source instanceof CompiledRow row) {
				fetched = row.values().get(field.getResultKey());
			}
			else {
				DataFetcher<?> fetcher = this.registry.getDataFetcher(type, definition);
				if (!(fetcher instanceof LightDataFetcher<?> light)) {
					throw GAVE_UP;
				}
				try {
					fetched = light.get(definition, source, NO_ENVIRONMENT);
				}
				catch (GaveUp gaveUp) {
					throw gaveUp;
				}
				catch (Exception failed) {
					throw GAVE_UP;
				}
			}
			if (fetched instanceof CompletableFuture<?> || fetched instanceof DataFetcherResult<?>
					|| fetched instanceof java.util.concurrent.CompletionStage<?>
					|| fetched instanceof org.reactivestreams.Publisher<?>) {
				throw GAVE_UP;
			}
			return fetched;
		}

	}

	/** A sub-selection collected for an object type: its keys, fields and definitions. */
	private record Collected(List<String> keys, MergedField[] fields, GraphQLFieldDefinition[] definitions) {
	}

	/** The walk can't be sure of the engine's answer: the engine gives it. */
	private static final class GaveUp extends RuntimeException {

		GaveUp() {
			super("the engine completes this value", null, false, false);
		}

	}

}
