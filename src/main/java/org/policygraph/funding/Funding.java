package org.policygraph.funding;

import java.util.List;

/**
 * The structured reading of one 支出责任 sentence.
 *
 * @param text the sentence as printed (after text repair)
 * @param pattern a stable readable key of the split, e.g.
 * "CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED"
 * @param shares the payers in a canonical order
 */
public record Funding(String text, String pattern, List<FundingShare> shares) {

	public Funding {
		shares = List.copyOf(shares);
	}
}
