/**
 * Tasks and the units responsible for them: task divisions, annotated measures, named
 * leads.
 */
package org.policygraph.task;
