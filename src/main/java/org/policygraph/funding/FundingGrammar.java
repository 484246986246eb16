package org.policygraph.funding;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.policygraph.funding.FundingLexicon.Token;

/**
 * Reads a 支出责任 sentence with a small phrase grammar. The sentence is cut into clauses
 * (。；，); each clause is read by exactly one rule: a {@link NonPayerClause} rule for
 * clauses that name no payer, a contribution rule for social insurance rates, or the
 * {@link ClauseReader} for payer phrases with their verbs. A clause that no rule reads
 * makes the whole sentence unclassified: nothing is ever dropped silently.
 * <p>
 * Every clause gives its payers their role in it, with the part of the service the clause
 * pays for (scope) and the condition it applies under, where stated: item 10 has 中央
 * subsidise the employment services and fund the loan interest itself, two shares. The
 * readable pattern keeps each payer's strongest role, RESPONSIBLE over SHARED over
 * SUBSIDY, because what it answers is whether a payer carries a cost of its own.
 */
public final class FundingGrammar implements FundingClassifier {

	private static final Pattern CJK = Pattern
		.compile("[\\p{IsHan}\\p{InCJK_Symbols_and_Punctuation}\\p{InHalfwidth_and_Fullwidth_Forms}]");

	/**
	 * Extraction put spaces inside words ("中 央、省财政适 当 补 助"); spaces next to digits are
	 * typography.
	 */
	private static final Pattern CJK_GAP = Pattern.compile("(?<=" + CJK + ")[\\s\\u3000]+(?=" + CJK + ")");

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	private static final Pattern CLAUSE_BREAK = Pattern.compile("[。；;，,]");

	/** "应将费率控制在用人单位工资总额的0.5%以内": a cap on what the named payer contributes. */
	private static final Pattern CONTRIBUTION_CAP = Pattern
		.compile("^应?将?(?:费率|缴费比例)控制在(?<payer>用人单位|单位|职工|个人)(?<rate>.+)$");

	/**
	 * "缴费比例不高于2%", "年人均缴费档次为100—2000元": a contribution rate. Who contributes to a social
	 * insurance is whoever is insured, so an unnamed payer is {@link Payer#INSURED}, not
	 * a guess between employer and employee.
	 */
	private static final Pattern CONTRIBUTION_RATE = Pattern
		.compile("^(?<payer>用人单位|单位|职工|个人)?(?<rate>(?:年?人均)?缴费(?:比例|档次|费率|基数)(?:为|不高于|不低于|不超过|控制在).+)$");

	private static final String PAYER_PHRASE = "PAYER_PHRASE";

	private static final Pattern EARMARK = Pattern
		.compile("^(?<fund>[^由]*?(?:经费|资金))(?<share>\\d+(?:\\.\\d+)?%)用于(?<purpose>.+)$");

	public FundingGrammar() {
	}

	@Override
	public Funding classify(String text) {
		if (text == null || text.isBlank()) {
			throw new UnclassifiedFundingException(String.valueOf(text), "the sentence is empty");
		}
		String printed = CJK_GAP.matcher(text.strip()).replaceAll("");
		String sentence = WHITESPACE.matcher(printed).replaceAll("");
		List<FundingShare> shares = new ArrayList<>();
		List<FundingEarmark> earmarks = new ArrayList<>();
		List<ClauseReader.Reading> bareSubjects = new ArrayList<>();
		// a topic ("基本补贴标准2000元所需资金") or a condition ("累计结余超过9个月的统筹地区") standing
		// as a clause of its own belongs to the clause right after it
		String scope = null;
		String condition = null;
		for (String clause : CLAUSE_BREAK.split(sentence)) {
			if (clause.isEmpty()) {
				continue;
			}
			RuleReading read = read(clause, sentence);
			String rule = read.rule();
			if (rule.equals(NonPayerClause.TOPIC.name())) {
				scope = clause.equals("所需资金") ? null : clause;
				continue;
			}
			if (rule.equals(NonPayerClause.CONDITION.name()) || rule.equals(NonPayerClause.SCOPE.name())) {
				condition = clause;
				continue;
			}
			if (rule.equals(NonPayerClause.EARMARK.name())) {
				earmark(clause).ifPresent(earmarks::add);
			}
			ClauseReader.Reading reading = read.reading();
			for (FundingShare share : reading.shares()) {
				shares.add(share.in(scope, condition));
			}
			if (!reading.unassigned().isEmpty()) {
				bareSubjects.add(reading);
			}
			scope = null;
			condition = null;
		}
		shares.addAll(bareSubjectsBearTheCost(bareSubjects, shares, sentence));
		if (shares.isEmpty()) {
			throw new UnclassifiedFundingException(sentence, "no clause names a payer");
		}
		String pattern = strongestRolePerPayer(shares).stream()
			.map(share -> share.payer() + ":" + share.role())
			.distinct()
			.collect(Collectors.joining("+"));
		return new Funding(printed, pattern, perClause(shares), earmarks);
	}

	/** "基本公共卫生服务经费8%用于卫生监督协管": the budget, its part and the purpose. */
	private static Optional<FundingEarmark> earmark(String clause) {
		Matcher m = EARMARK.matcher(clause);
		return m.matches() ? Optional.of(new FundingEarmark(m.group("fund"), m.group("share"), m.group("purpose")))
				: Optional.empty();
	}

	/**
	 * Each payer's part in each clause, sorted by payer and locality, clauses in printed
	 * order; a clause that repeats a part word for word adds nothing.
	 */
	private static List<FundingShare> perClause(List<FundingShare> shares) {
		return shares.stream()
			.distinct()
			.sorted(Comparator.comparing(FundingShare::payer)
				.thenComparing(FundingShare::locality, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	/**
	 * The name of the rule that reads one clause: a {@link NonPayerClause},
	 * CONTRIBUTION_CAP, CONTRIBUTION_RATE or PAYER_PHRASE.
	 * @throws UnclassifiedFundingException when no rule reads it
	 */
	String ruleFor(String clause) {
		String compact = WHITESPACE.matcher(clause).replaceAll("");
		return read(compact, compact).rule();
	}

	private record RuleReading(String rule, ClauseReader.Reading reading) {
	}

	private record PayerAt(Payer payer, String locality) {
	}

	private RuleReading read(String clause, String sentence) {
		List<Token> tokens = FundingLexicon.tokenize(clause);
		Optional<NonPayerClause> nonPayer = NonPayerClause.of(clause, tokens);
		if (nonPayer.isPresent()) {
			return new RuleReading(nonPayer.get().name(), new ClauseReader.Reading(List.of(), List.of(), false));
		}
		Matcher cap = CONTRIBUTION_CAP.matcher(clause);
		if (cap.matches()) {
			return new RuleReading("CONTRIBUTION_CAP", contribution(cap.group("payer"), cap.group("rate")));
		}
		Matcher rate = CONTRIBUTION_RATE.matcher(clause);
		if (rate.matches()) {
			return new RuleReading("CONTRIBUTION_RATE", contribution(rate.group("payer"), rate.group("rate")));
		}
		ClauseReader.Reading reading;
		try {
			reading = ClauseReader.read(clause, tokens);
		}
		catch (ClauseReader.Unreadable ex) {
			throw unclassified(clause, sentence, ex.getMessage());
		}
		if (reading.shares().isEmpty() && reading.unassigned().isEmpty()) {
			throw unclassified(clause, sentence, "it names no payer and no rule reads it");
		}
		return new RuleReading(PAYER_PHRASE, reading);
	}

	private static ClauseReader.Reading contribution(String payerWord, String rate) {
		List<Payer> payers = payerWord == null ? List.of(Payer.INSURED)
				: FundingLexicon.tokenize(payerWord).get(0).payers();
		List<FundingShare> shares = payers.stream()
			.map(payer -> new FundingShare(payer, FundingRole.RESPONSIBLE, null, rate))
			.toList();
		return new ClauseReader.Reading(shares, List.of(), false);
	}

	/**
	 * "省和市县政府，中央财政适当补助" (item 64) is the formula "X负责，Y适当补助" with 负责 left out: payers
	 * standing alone in a clause bear the cost when another clause names who subsidises
	 * them. Alone in any other sentence they say nothing that can be read.
	 */
	private static List<FundingShare> bareSubjectsBearTheCost(List<ClauseReader.Reading> bareSubjects,
			List<FundingShare> shares, String sentence) {
		boolean subsidised = shares.stream().anyMatch(share -> share.role() == FundingRole.SUBSIDY);
		List<FundingShare> responsible = new ArrayList<>();
		for (ClauseReader.Reading reading : bareSubjects) {
			String payers = reading.unassigned().stream().map(Token::text).collect(Collectors.joining("、"));
			if (!reading.bareSubject() || !subsidised) {
				throw unclassified(payers, sentence, "no verb says how " + payers + " take part");
			}
			for (Token token : reading.unassigned()) {
				for (Payer payer : token.payers()) {
					responsible.add(new FundingShare(payer, FundingRole.RESPONSIBLE, token.locality(), null));
				}
			}
		}
		return responsible;
	}

	private static List<FundingShare> strongestRolePerPayer(List<FundingShare> shares) {
		Map<PayerAt, FundingShare> strongest = new LinkedHashMap<>();
		for (FundingShare share : shares) {
			PayerAt key = new PayerAt(share.payer(), share.locality());
			FundingShare kept = strongest.get(key);
			if (kept == null || strength(share.role()) > strength(kept.role())
					|| (share.role() == kept.role() && kept.rate() == null && share.rate() != null)) {
				strongest.put(key, share);
			}
		}
		return strongest.values()
			.stream()
			.sorted(Comparator.comparing(FundingShare::payer)
				.thenComparing(FundingShare::locality, Comparator.nullsFirst(Comparator.naturalOrder())))
			.toList();
	}

	private static int strength(FundingRole role) {
		return switch (role) {
			case RESPONSIBLE -> 3;
			case SHARED -> 2;
			case SUBSIDY -> 1;
		};
	}

	private static UnclassifiedFundingException unclassified(String phrase, String sentence, String reason) {
		return new UnclassifiedFundingException(phrase,
				Objects.equals(phrase, sentence) ? reason : reason + " (in \"" + sentence + "\")");
	}

}
