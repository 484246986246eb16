package org.policygraph.funding;

/**
 * A part of a budget set aside for a purpose: "基本公共卫生服务经费8%用于卫生监督协管" is 8% of the basic
 * public health budget for health supervision.
 *
 * @param fund the budget, as printed (基本公共卫生服务经费)
 * @param share the part, as printed (8%)
 * @param purpose what it is for (卫生监督协管)
 */
public record FundingEarmark(String fund, String share, String purpose) {
}
