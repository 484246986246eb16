package org.policygraph.guard;

import graphql.parser.Parser;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QueryShapeTests {

	/**
	 * The introspection query GraphiQL sends on load (graphql-js getIntrospectionQuery),
	 * trimmed to its deepest path.
	 */
	private static final String GRAPHIQL_INTROSPECTION = """
			query IntrospectionQuery {
			  __schema { queryType { name } types { ...FullType } }
			}
			fragment FullType on __Type {
			  kind name
			  fields(includeDeprecated: true) { name args(includeDeprecated: true) { ...InputValue } type { ...TypeRef } }
			}
			fragment InputValue on __InputValue { name type { ...TypeRef } defaultValue }
			fragment TypeRef on __Type {
			  kind name ofType { kind name ofType { kind name ofType { kind name ofType {
			    kind name ofType { kind name ofType { kind name ofType { kind name } } } } } } }
			}
			""";

	@Test
	void graphiqlsIntrospectionIsNotHeldToTheDataDepthLimit() {
		QueryShape shape = QueryShape.of(Parser.parse(GRAPHIQL_INTROSPECTION), 600);
		assertThat(shape.depth()).isZero();
		assertThat(shape.selections()).isGreaterThan(20);
	}

	@Test
	void dataUnderAnIntrospectionQueryStillCountsItsDepth() {
		QueryShape shape = QueryShape.of(
				Parser
					.parse("""
							{ __type(name: "Query") { name } serviceItem(no: 1) { domain { serviceItems { edges { node { name } } } } } }
							"""),
				600);
		assertThat(shape.depth()).isEqualTo(6);
	}

}
