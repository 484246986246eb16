/**
 * Organisations over time: what the 2018 institutional reform did to the bodies the
 * gazette names (the reviewed {@code graph-seed/successions.tsv}), and who holds their
 * functions today.
 */
package org.policygraph.succession;
