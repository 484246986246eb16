/**
 * GraphQL plumbing shared by every feature: scalars, paging, errors, limits and
 * round-trip accounting.
 */
package org.policygraph.graphql;
