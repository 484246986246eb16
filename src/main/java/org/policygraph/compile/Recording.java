package org.policygraph.compile;

import java.util.LinkedHashMap;
import java.util.Map;

import graphql.execution.MergedField;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.language.OperationDefinition;
import graphql.schema.GraphQLOutputType;
import org.policygraph.compile.CompiledCompletion.Setting;
import org.policygraph.graphql.Page;

/**
 * What one execution's compiled root fields did, kept in its GraphQLContext: the
 * statement each ran with its parameters ({@link CompiledQueries}) and the walk that
 * completed it ({@link CompiledCompletion}). An execution whose every root field did
 * both, without an error, can be repeated without the engine ({@link RepeatedRequests}).
 */
final class Recording implements InstrumentationState {

	private final Map<String, Ran> ran = new LinkedHashMap<>();

	private final Map<String, Walked> walked = new LinkedHashMap<>();

	private Setting setting;

	private OperationDefinition operation;

	/** A root field's statement and everything it was run with. */
	record Ran(CompiledQueries.Plan plan, Map<String, Object> parameters, Map<String, Page> pages) {
	}

	/** A root field's selection and type, as the walk completed it. */
	record Walked(MergedField field, GraphQLOutputType type) {
	}

	synchronized void ran(String resultKey, CompiledQueries.Plan plan, Map<String, Object> parameters,
			Map<String, Page> pages) {
		ran.put(resultKey, new Ran(plan, parameters, pages));
	}

	synchronized void walked(MergedField field, GraphQLOutputType type, Setting setting,
			OperationDefinition operation) {
		walked.put(field.getResultKey(), new Walked(field, type));
		this.setting = setting;
		this.operation = operation;
	}

	synchronized Ran ran(String resultKey) {
		return ran.get(resultKey);
	}

	synchronized Walked walked(String resultKey) {
		return walked.get(resultKey);
	}

	synchronized Setting setting() {
		return setting;
	}

	synchronized OperationDefinition operation() {
		return operation;
	}

}
