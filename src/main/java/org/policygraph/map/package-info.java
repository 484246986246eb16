/**
 * The graph as a graph: any node by id, shortest connections, and responsibility maps for
 * drawing.
 */
package org.policygraph.map;
