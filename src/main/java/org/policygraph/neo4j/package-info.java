/**
 * Neo4j plumbing shared by every feature: the embedded database, the driver, schema
 * migrations.
 */
package org.policygraph.neo4j;
