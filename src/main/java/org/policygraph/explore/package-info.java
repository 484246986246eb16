/**
 * Exploring without an IDE: the self-hosted GraphiQL and map pages, the query catalog
 * they offer, and exports.
 */
package org.policygraph.explore;
