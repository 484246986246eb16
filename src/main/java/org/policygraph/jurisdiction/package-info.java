/**
 * The places that organisations and documents belong to: the administrative divisions of
 * GB/T 2260 (nation, province, prefecture, county) read from {@code graph-seed/}, their
 * names and short names, and lookups by any of them.
 */
package org.policygraph.jurisdiction;
