package org.policygraph.funding;

/**
 * Who pays for a public service item, as the gazette's 支出责任 column names them. Shares
 * sort in this order: the government levels top down, then the others.
 */
public enum Payer {

	/** 中央, 中央财政, 国家. */
	CENTRAL,

	/** 省, 省级, 省政府, 省财政. */
	PROVINCE,

	/** 市, 市（州）; a named prefecture (延边州) carries its name as the share's locality. */
	CITY,

	/** 县, 县级; a named county (前郭县) carries its name as the share's locality. */
	COUNTY,

	/**
	 * 地方政府, 地方各级政府: the local governments, without saying which levels; not read as city
	 * and county, which the text does not say.
	 */
	LOCAL,

	/** A government whose level the text leaves open: 政府给予适当补助, 同级财政, 救助资金. */
	GOVERNMENT,

	/** 用人单位, 见习单位, 单位. */
	EMPLOYER,

	/** 职工, 个人, 本人, 棚户区居民, 学生. */
	INDIVIDUAL,

	/**
	 * Whoever is insured, when a contribution (缴费) is set without saying whether employer
	 * or employee pays.
	 */
	INSURED,

	/** 基金, 工伤保险基金, 基本养老保险基金, 社会统筹基金, 医保. */
	SOCIAL_INSURANCE_FUND,

	/** 社会, 社会资金, 社会募集. */
	SOCIETY

}
