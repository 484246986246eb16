/**
 * Departments and companies: the curated registry, resolution of the names the gazette
 * uses for them, and lookups by any of their names.
 */
package org.policygraph.department;
