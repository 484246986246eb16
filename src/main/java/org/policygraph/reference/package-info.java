/**
 * Reading the hand-reviewed and generated reference tables of {@code graph-seed/} (the
 * department registry, the jurisdictions, the organisation template) as lines, from a
 * stream or from the copy built into the application.
 */
package org.policygraph.reference;
