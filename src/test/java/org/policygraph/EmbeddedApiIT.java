package org.policygraph;

/**
 * The API scenarios on the embedded Neo4j, reached over Bolt on loopback: the default
 * deployment.
 */
class EmbeddedApiIT extends ApiScenarios {

}
