package org.policygraph.compile;

import java.util.Map;

/**
 * An object of a compiled answer: its concrete GraphQL type and its fields' values by
 * response key (aliases included), read by the nested fields instead of their resolvers.
 */
record CompiledRow(String type, Map<String, Object> values) {
}
