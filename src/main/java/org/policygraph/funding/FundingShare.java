package org.policygraph.funding;

/**
 * One payer's part in one clause of an item's funding.
 *
 * @param locality a named local government when the text names one (延边州), else null
 * @param rate the rate or amount when stated (工资总额的20%), else null
 * @param scope the part of the service this clause pays for, as printed (困难地区,
 * 基本补贴标准2000元所需资金), else null: the whole item
 * @param condition when the clause applies only under a condition, the condition as
 * printed (累计结余超过9个月的统筹地区), else null
 */
public record FundingShare(Payer payer, FundingRole role, String locality, String rate, String scope,
		String condition) {

	/** A share of the whole item, without condition. */
	public FundingShare(Payer payer, FundingRole role, String locality, String rate) {
		this(payer, role, locality, rate, null, null);
	}

	FundingShare in(String scope, String condition) {
		return new FundingShare(payer, role, locality, rate, join(scope, this.scope),
				this.condition != null ? this.condition : condition);
	}

	private static String join(String outer, String inner) {
		if (outer == null) {
			return inner;
		}
		return inner == null ? outer : outer + "，" + inner;
	}

}
