package org.policygraph.funding;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import org.policygraph.funding.FundingLexicon.Kind;
import org.policygraph.funding.FundingLexicon.Token;

/**
 * Clauses of a funding sentence that say nothing about who pays. Each is recognised by
 * its own rule so that a clause is never skipped just because the payer rules found
 * nothing in it.
 */
enum NonPayerClause {

	/** "基本补贴标准每人每年2000元": how much, not who. */
	STANDARD_AMOUNT("^[^由]*标准[^由]*?\\d+(\\.\\d+)?元$", false, false),

	/** "基本补贴标准2000元所需资金", "国家试点和省级试点所需资金": what the next clause pays for. */
	TOPIC("^[^由]*(所需资金|部分|费用|经费)$", true, false),

	/** "民办学校经批准的学费标准低于2000元的": the condition of the clause that follows. */
	CONDITION("^.+的$", false, false),

	/** "见习期间": when. */
	PERIOD("^.+期间$", false, false),

	/** "累计结余超过9个月的统筹地区": where the next clause applies. */
	SCOPE("^.+的(统筹)?地区$", false, false),

	/** "按规定向见习人员发放基本生活补助": what the beneficiaries receive. */
	BENEFIT_PAYOUT("^(按规定)?向.+发放.+$", false, true),

	/**
	 * "按实际学费标准补助": how large a subsidy is; the payers are those the sentence names
	 * elsewhere.
	 */
	AMOUNT_RULE("^按.*标准(补助|补贴)$", false, true),

	/** "实施弹性多档可选择的缴费确定和增长机制": how amounts are set. */
	MECHANISM("^(实施|建立|完善|健全).*机制$", false, true),

	/** "具体缴费比例由各统筹地区规定": who sets a rate, not who pays it. */
	RATE_SET_ELSEWHERE("^.*(比例|费率|标准)由.+(规定|确定)$", false, false),

	/** "各级人力资源社会保障电话咨询服务中心按照职能进行责任分工": how the work is divided. */
	DIVISION_OF_DUTIES("^.*按照?(职能|职责)(进行)?(责任)?分工$", false, false),

	/** "基本公共卫生服务经费8%用于卫生监督协管": what part of a budget goes where. */
	EARMARK("^[^由]*(经费|资金)[^由]*用于.+$", false, true);

	private final Pattern pattern;

	private final boolean mayNamePayers;

	private final boolean mayUseMoneyVerbs;

	NonPayerClause(String regex, boolean mayNamePayers, boolean mayUseMoneyVerbs) {
		this.pattern = Pattern.compile(regex);
		this.mayNamePayers = mayNamePayers;
		this.mayUseMoneyVerbs = mayUseMoneyVerbs;
	}

	static Optional<NonPayerClause> of(String clause, List<Token> tokens) {
		for (NonPayerClause rule : values()) {
			if (rule.reads(clause, tokens)) {
				return Optional.of(rule);
			}
		}
		return Optional.empty();
	}

	/**
	 * A payer word or a money verb where the rule does not expect one means the clause is
	 * not of this kind.
	 */
	private boolean reads(String clause, List<Token> tokens) {
		if (!pattern.matcher(clause).matches()) {
			return false;
		}
		for (Token token : tokens) {
			if (token.kind() == Kind.PAYER && !mayNamePayers) {
				return false;
			}
			if ((token.kind() == Kind.VERB || token.kind() == Kind.GUIDE) && !mayUseMoneyVerbs) {
				return false;
			}
		}
		return true;
	}

}
