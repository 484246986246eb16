/**
 * Plan targets: development indicators with baselines and targets, and phased targets by
 * year.
 */
package org.policygraph.plan;
