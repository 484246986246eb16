/**
 * Compiles a root field's whole selection into one Cypher statement (Cypher-DSL), cached
 * per document and operation, and answers the nested fields from its result, completed in
 * one walk where that is sure to give the engine's answer; whatever it doesn't know falls
 * back to the feature controllers and their batch loaders.
 */
package org.policygraph.compile;
