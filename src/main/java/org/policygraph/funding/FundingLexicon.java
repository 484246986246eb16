package org.policygraph.funding;

import static org.policygraph.funding.FundingRole.RESPONSIBLE;
import static org.policygraph.funding.FundingRole.SHARED;
import static org.policygraph.funding.FundingRole.SUBSIDY;
import static org.policygraph.funding.Payer.CENTRAL;
import static org.policygraph.funding.Payer.CITY;
import static org.policygraph.funding.Payer.COUNTY;
import static org.policygraph.funding.Payer.EMPLOYER;
import static org.policygraph.funding.Payer.GOVERNMENT;
import static org.policygraph.funding.Payer.INDIVIDUAL;
import static org.policygraph.funding.Payer.LOCAL;
import static org.policygraph.funding.Payer.PROVINCE;
import static org.policygraph.funding.Payer.SOCIAL_INSURANCE_FUND;
import static org.policygraph.funding.Payer.SOCIETY;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The words of funding sentences: payer phrases, role verbs, the markers that change who
 * a payer is, and the nouns that merely contain such characters. A clause is cut into
 * tokens by longest match from the left.
 */
final class FundingLexicon {

	enum Kind {

		/** Names one or more payers. */
		PAYER,
		/**
		 * An actor that pays in some texts but that no payer rule covers (企业): reading on
		 * would guess.
		 */
		UNKNOWN_ACTOR,
		/** Says how the payers before it take part. */
		VERB,
		/** Whose funds: "中央财政就业补助资金" makes the payers before it subsidisers. */
		FUND_NOUN,
		/** 由: what came before is the thing paid for, not a payer. */
		TOPIC,
		/** 对: what follows, up to the verb, receives the money. */
		RECIPIENT,
		/**
		 * 向: what follows is the counterpart, who pays only if the verb collects (向学生收取).
		 */
		COUNTERPART,
		/** 结合: the subject draws on the resources named next before its own verb. */
		COMBINE,
		/** 引导: what follows, up to 投入, is a party encouraged to contribute. */
		GUIDE,
		/**
		 * 分别, 比例: each payer bears its own part, so bearing the cost becomes sharing it.
		 */
		EACH,
		/** 、和及: joins payers. */
		CONNECTOR,
		/** 政府, 财政 after a level: part of the payer phrase. */
		SUFFIX,
		/** A noun that contains payer or verb characters but is neither (城市, 缴费档次). */
		NOUN,
		/** Anything else, one character at a time. */
		OTHER

	}

	/**
	 * @param payers for PAYER
	 * @param locality for a named locality (延边州)
	 * @param role for VERB and FUND_NOUN
	 * @param contribution for VERB: 缴纳/缴费, whose object may be the rate
	 * @param collects for VERB: 收取, paid by the counterpart after 向
	 */
	record Token(Kind kind, String text, int start, int end, List<Payer> payers, String locality, FundingRole role,
			boolean contribution, boolean collects) {
	}

	private record Entry(Kind kind, List<Payer> payers, String locality, FundingRole role, boolean contribution,
			boolean collects, boolean level) {
	}

	private static final Map<String, Entry> ENTRIES = new HashMap<>();

	private static final List<String> LEVEL_SUFFIXES = List.of("各级", "人民政府", "政府", "财政");

	private static final List<Payer> ALL_LEVELS = List.of(CENTRAL, PROVINCE, CITY, COUNTY);

	static {
		level("中央", CENTRAL);
		level("国家", CENTRAL);
		level("省", PROVINCE);
		level("省级", PROVINCE);
		level("市", CITY);
		level("市（州）", CITY);
		level("市(州)", CITY);
		level("县", COUNTY);
		level("县级", COUNTY);
		level("市县", CITY, COUNTY);
		// "市县市政府" (items 13, 15, 82-85) is a typo of the source for 市县政府.
		level("市县市", CITY, COUNTY);
		level("省市", PROVINCE, CITY);
		level("省市县", PROVINCE, CITY, COUNTY);
		payer("地方政府", LOCAL);
		payer("地方各级政府", LOCAL);
		payer("地方各级财政", LOCAL);
		payer("各级财政", ALL_LEVELS.toArray(Payer[]::new));
		payer("各级政府", ALL_LEVELS.toArray(Payer[]::new));
		payer("政府", GOVERNMENT);
		payer("人民政府", GOVERNMENT);
		payer("财政", GOVERNMENT);
		payer("同级财政", GOVERNMENT);
		payer("同级政府", GOVERNMENT);
		// Social assistance money is budget money; the sentence that spends it does not
		// say whose.
		payer("救助资金", GOVERNMENT);
		locality("延边州", CITY);
		locality("长春市", CITY);
		locality("吉林市", CITY);
		locality("四平市", CITY);
		locality("辽源市", CITY);
		locality("通化市", CITY);
		locality("白山市", CITY);
		locality("松原市", CITY);
		locality("白城市", CITY);
		locality("前郭县", COUNTY);
		locality("长白县", COUNTY);
		locality("伊通县", COUNTY);
		for (String word : List.of("用人单位", "见习单位", "参保单位", "单位")) {
			payer(word, EMPLOYER);
		}
		for (String word : List.of("职工", "个人", "本人", "棚户区居民", "居民", "学生", "参保人")) {
			payer(word, INDIVIDUAL);
		}
		for (String word : List.of("基金", "社会统筹基金", "统筹基金", "工伤保险基金", "基本养老保险基金", "失业保险基金", "生育保险基金", "医疗保险基金", "医保基金",
				"医保")) {
			payer(word, SOCIAL_INSURANCE_FUND);
		}
		for (String word : List.of("社会", "社会资金", "社会资本", "社会募集", "社会捐助", "社会力量")) {
			payer(word, SOCIETY);
		}
		for (String word : List.of("企业", "学校", "医院", "银行", "保险公司", "商业保险", "社会组织", "慈善组织", "村集体")) {
			plain(word, Kind.UNKNOWN_ACTOR);
		}

		for (String word : List.of("分担", "共同负担", "分级负担", "分别负担", "共同承担", "共同负责", "分类负责", "分级负责")) {
			verb(word, SHARED);
		}
		for (String word : List.of("负责", "负总责", "承担", "负担", "安排", "统筹安排", "支付", "保障", "自筹", "支出", "结算", "拨付", "投入",
				"筹资", "筹集", "自行解决")) {
			verb(word, RESPONSIBLE);
		}
		ENTRIES.put("缴纳", new Entry(Kind.VERB, List.of(), null, RESPONSIBLE, true, false, false));
		ENTRIES.put("缴费", new Entry(Kind.VERB, List.of(), null, RESPONSIBLE, true, false, false));
		ENTRIES.put("收取", new Entry(Kind.VERB, List.of(), null, RESPONSIBLE, false, true, false));
		// matching funds (配套) are a share of the cost, not a top-up
		verb("予以配套", SHARED);
		verb("配套", SHARED);
		for (String word : List.of("补助", "补贴", "奖补", "适当补助", "予以补助", "给予补助", "给予资金补助", "给予资金支持", "给予支持", "予以支持",
				"安排补助资金", "转移支付", "以转移支付形式拨付",
				// money raised "through channels such as donations" tops up what the
				// budgets provide
				"渠道筹资")) {
			verb(word, SUBSIDY);
		}
		ENTRIES.put("补助资金", new Entry(Kind.FUND_NOUN, List.of(), null, SUBSIDY, false, false, false));
		ENTRIES.put("转移支付资金", new Entry(Kind.FUND_NOUN, List.of(), null, SUBSIDY, false, false, false));
		ENTRIES.put("专项资金", new Entry(Kind.FUND_NOUN, List.of(), null, RESPONSIBLE, false, false, false));

		plain("由", Kind.TOPIC);
		plain("对", Kind.RECIPIENT);
		plain("向", Kind.COUNTERPART);
		plain("结合", Kind.COMBINE);
		plain("引导", Kind.GUIDE);
		plain("分别", Kind.EACH);
		plain("比例", Kind.EACH);
		for (String word : List.of("、", "和", "及", "与", "以及", "并")) {
			plain(word, Kind.CONNECTOR);
		}
		for (String word : List.of("城市", "城乡", "城镇", "市场", "全省", "省内", "县镇", "由于", "相结合", "国家规定", "国家标准", "社会保障",
				"社会保险", "社会救助", "基本保障", "生活保障", "住房保障", "补贴标准", "补助标准", "缴费档次", "缴费比例", "缴费工资", "缴费基数", "统筹地区", "个人账户",
				"支出责任",
				// how, not who: "以转移支付形式予以补助"
				"以转移支付形式")) {
			plain(word, Kind.NOUN);
		}
	}

	private static final int LONGEST = ENTRIES.keySet().stream().mapToInt(String::length).max().orElse(1);

	private FundingLexicon() {
	}

	static List<Token> tokenize(String clause) {
		List<Token> tokens = new ArrayList<>();
		int at = 0;
		while (at < clause.length()) {
			Token token = longestMatch(clause, at);
			tokens.add(token);
			at = token.end();
			if (token.kind() == Kind.PAYER && ENTRIES.get(token.text()).level()) {
				at = suffixes(clause, at, tokens);
			}
		}
		return tokens;
	}

	private static Token longestMatch(String clause, int at) {
		for (int length = Math.min(LONGEST, clause.length() - at); length > 0; length--) {
			String word = clause.substring(at, at + length);
			Entry entry = ENTRIES.get(word);
			if (entry != null) {
				return new Token(entry.kind(), word, at, at + length, entry.payers(), entry.locality(), entry.role(),
						entry.contribution(), entry.collects());
			}
		}
		return new Token(Kind.OTHER, clause.substring(at, at + 1), at, at + 1, List.of(), null, null, false, false);
	}

	/**
	 * After a level (省, 市县), 政府/人民政府/财政/各级 belong to it rather than naming a government
	 * of their own.
	 */
	private static int suffixes(String clause, int at, List<Token> tokens) {
		boolean consumed = true;
		while (consumed) {
			consumed = false;
			for (String suffix : LEVEL_SUFFIXES) {
				if (clause.startsWith(suffix, at)) {
					tokens.add(new Token(Kind.SUFFIX, suffix, at, at + suffix.length(), List.of(), null, null, false,
							false));
					at += suffix.length();
					consumed = true;
					break;
				}
			}
		}
		return at;
	}

	private static void level(String word, Payer... payers) {
		ENTRIES.put(word, new Entry(Kind.PAYER, List.of(payers), null, null, false, false, true));
	}

	private static void locality(String name, Payer payer) {
		ENTRIES.put(name, new Entry(Kind.PAYER, List.of(payer), name, null, false, false, true));
	}

	private static void payer(String word, Payer... payers) {
		ENTRIES.put(word, new Entry(Kind.PAYER, List.of(payers), null, null, false, false, false));
	}

	private static void verb(String word, FundingRole role) {
		ENTRIES.put(word, new Entry(Kind.VERB, List.of(), null, role, false, false, false));
	}

	private static void plain(String word, Kind kind) {
		ENTRIES.put(word, new Entry(kind, List.of(), null, null, false, false, false));
	}

}
