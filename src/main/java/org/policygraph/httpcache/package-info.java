/**
 * HTTP caching for a read-only graph: GET /graphql and the exports answer with the
 * graph's version as their ETag, and a client that already holds that version gets 304
 * without anything being executed.
 */
package org.policygraph.httpcache;
