package org.policygraph.funding;

/**
 * RESPONSIBLE: bears the cost (负责, 负总责); SHARED: splits it with others (按比例分担); SUBSIDY:
 * tops it up (适当补助).
 */
public enum FundingRole {

	RESPONSIBLE, SHARED, SUBSIDY

}
