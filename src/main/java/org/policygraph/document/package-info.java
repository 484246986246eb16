/**
 * Gazette issues, the documents they print or cite, annexes, citations and provenance.
 */
package org.policygraph.document;
