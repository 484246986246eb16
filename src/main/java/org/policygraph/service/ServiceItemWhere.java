package org.policygraph.service;

import java.util.List;

import org.policygraph.funding.FundingRole;
import org.policygraph.funding.Payer;

/** The GraphQL filter input: every given condition must hold. */
public record ServiceItemWhere(String domain, String leadDepartment, List<PayerRole> payers, String fundingPattern,
		String text) {

	public record PayerRole(Payer payer, FundingRole role) {
	}

	static final ServiceItemWhere NONE = new ServiceItemWhere(null, null, null, null, null);

}
