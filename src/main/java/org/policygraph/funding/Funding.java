package org.policygraph.funding;

import java.util.List;

/**
 * The structured reading of one 支出责任 sentence.
 *
 * @param text the sentence as printed (after text repair)
 * @param pattern a stable readable key of the split, e.g.
 * "CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED"
 * @param shares each payer's part in each clause, sorted by payer (then locality),
 * clauses in printed order; the pattern keeps each payer's strongest role
 * @param earmarks the parts of budgets the sentence sets aside (经费8%用于…)
 */
public record Funding(String text, String pattern, List<FundingShare> shares, List<FundingEarmark> earmarks) {

	public Funding {
		shares = List.copyOf(shares);
		earmarks = List.copyOf(earmarks);
	}

	public Funding(String text, String pattern, List<FundingShare> shares) {
		this(text, pattern, shares, List.of());
	}
}
