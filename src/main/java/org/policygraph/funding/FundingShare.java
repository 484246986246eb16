package org.policygraph.funding;

/**
 * One payer's part in an item's funding.
 *
 * @param locality a named local government when the text names one (延边州), else null
 * @param rate the rate or amount when stated (工资总额的20%), else null
 */
public record FundingShare(Payer payer, FundingRole role, String locality, String rate) {
}
