/** The departments, agencies and companies that the gazette names, and how printed mentions resolve to them. */
package org.policygraph.department;
