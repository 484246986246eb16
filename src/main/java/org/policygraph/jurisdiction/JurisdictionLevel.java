package org.policygraph.jurisdiction;

/** The tiers of government, from the State Council down; declared top first. */
public enum JurisdictionLevel {

	NATIONAL, PROVINCE, PREFECTURE, COUNTY

}
