package org.policygraph.guard;

import graphql.execution.ExecutionContext;
import graphql.execution.ExecutionStrategyParameters;
import graphql.execution.FieldValueInfo;

/**
 * Completes a root field's fetched value in one step, instead of graphql-java completing
 * it field by field, where the answer is sure to be the same: same JSON, same errors, and
 * the guard's limits spent as the field fetches would have spent them
 * ({@link ExecutionGuard#budget}).
 */
public interface RootCompletion {

	/**
	 * @param parameters the root field's, its fetched value as the source
	 * @return the completed value, or null for graphql-java's completion
	 */
	FieldValueInfo complete(ExecutionContext context, ExecutionStrategyParameters parameters);

}
