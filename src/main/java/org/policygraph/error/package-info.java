/**
 * The one error vocabulary: codes with their HTTP statuses, shared by the GraphQL request
 * filter, the exception resolver and the REST endpoints.
 */
package org.policygraph.error;
