package org.policygraph.department;

/**
 * A department, a state-owned company or a generic party: anything a person can be
 * appointed to or a task assigned to.
 */
public sealed interface Organization permits Department, Company, GenericParty {

	String id();

	String name();

	/** Null only for a company whose owner the registry does not say. */
	String jurisdictionCode();

}
