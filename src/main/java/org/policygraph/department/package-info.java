/** Departments and companies: the curated registry, name resolution and lookups by any of their names. */
package org.policygraph.department;
