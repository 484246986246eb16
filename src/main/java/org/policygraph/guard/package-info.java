/**
 * Guardrails of the public API: request limits checked before any Cypher runs, trusted
 * documents, timeouts, and the admin token that guards anything that writes.
 */
package org.policygraph.guard;
