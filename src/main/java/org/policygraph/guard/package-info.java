/**
 * Guardrails of the public API: the request's bytes, the document and operation the
 * engine runs (limits, trusted documents, cost), its deadline, answer size and execution
 * slot while it runs, and the admin token that guards anything that writes.
 */
package org.policygraph.guard;
