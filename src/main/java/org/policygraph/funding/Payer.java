package org.policygraph.funding;

/** Who pays for a public service item, as the gazette's 支出责任 column names them. */
public enum Payer {
	CENTRAL, PROVINCE, CITY, COUNTY, EMPLOYER, INDIVIDUAL, SOCIAL_INSURANCE_FUND, SOCIETY
}
