package org.policygraph.funding;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.funding.FundingLexicon.Kind;
import org.policygraph.funding.FundingLexicon.Token;

/**
 * Reads one clause left to right: payers wait for the next verb, which gives each of them
 * its role ("中央、省及市县财政按比例分担" gives four shares). Markers decide which words are payers at
 * all: after 由 the words before were the topic, after 对 come recipients, after 向 the
 * counterpart. The topic ("城市由社会统筹基金支付") and the recipients ("对困难地区适当补助") are the part of
 * the service the clause's payers pay for: their scope.
 */
final class ClauseReader {

	/** The clause cannot be read; the grammar reports it with its sentence. */
	static final class Unreadable extends RuntimeException {

		Unreadable(String reason) {
			super(reason);
		}

	}

	/**
	 * @param unassigned payers that no verb reached
	 * @param bareSubject the clause is nothing but payers ("省和市县政府")
	 */
	record Reading(List<FundingShare> shares, List<Token> unassigned, boolean bareSubject) {
	}

	/** The object of 缴纳 when it is a rate: "工资总额的20%", "本人缴费工资的8%". */
	private static final Pattern RATE = Pattern.compile("^.*?\\d+(\\.\\d+)?%(左右|以内|以下|以上)?$");

	/** A rate stated before the verb: "根据行业差别费率和浮动费率档次缴费". */
	private static final Pattern RATE_BASIS = Pattern.compile("^(?:根据|按照|按)(.*费率.*)$");

	/** A split stated before the verb: "按6:4比例分担". */
	private static final Pattern RATIO = Pattern.compile("按照?\\d+(?:[:：比]\\d+)+的?比例");

	private final String clause;

	private final List<Token> tokens;

	private final List<FundingShare> shares = new ArrayList<>();

	private final List<Token> pending = new ArrayList<>();

	private final List<Token> subject = new ArrayList<>();

	private final List<Token> counterpart = new ArrayList<>();

	private boolean recipients;

	private boolean afterCounterpartMarker;

	private boolean eachOwnPart;

	private boolean guided;

	private int endOfLastPayer;

	/** What the clause says it pays for: the words before 由, or those after 对. */
	private String topic;

	private int recipientsFrom = -1;

	/** How, not what: "对孤儿基本保障按照一定标准给予补助" pays for 孤儿基本保障. */
	private static final Pattern MANNER = Pattern.compile("(按照|按|依据|根据|以).*$");

	/** Adverbs before 由 that belong to the verb: "…等费用依法由工伤保险基金支付". */
	private static final Pattern TOPIC_TAIL = Pattern.compile("(依法|按规定|分别)+$");

	/** Serial verbs share their subject: "中央财政转移支付予以补助". */
	private List<Token> previousVerbPayers = List.of();

	private ClauseReader(String clause, List<Token> tokens) {
		this.clause = clause;
		this.tokens = tokens;
	}

	static Reading read(String clause, List<Token> tokens) {
		return new ClauseReader(clause, tokens).read();
	}

	private Reading read() {
		for (Token token : tokens) {
			switch (token.kind()) {
				case PAYER, UNKNOWN_ACTOR -> actor(token);
				case SUFFIX -> this.endOfLastPayer = token.end();
				case TOPIC -> {
					pending.clear();
					recipients = false;
					topic = scopeText(clause.substring(0, token.start()), TOPIC_TAIL);
				}
				case RECIPIENT -> {
					recipients = !pending.isEmpty() || !subject.isEmpty();
					recipientsFrom = recipients ? token.end() : -1;
				}
				case COUNTERPART -> afterCounterpartMarker = true;
				case COMBINE -> {
					subject.addAll(pending);
					pending.clear();
				}
				case EACH -> eachOwnPart = true;
				case GUIDE -> {
					assign(actors(), FundingRole.SUBSIDY, null, topic);
					clearActors();
					guided = true;
				}
				case FUND_NOUN -> {
					assign(pending, token.role(), null, topic);
					pending.clear();
				}
				case VERB -> {
					if (verb(token)) {
						return finish();
					}
				}
				default -> {
				}
			}
		}
		return finish();
	}

	private void actor(Token token) {
		if (recipients) {
			return;
		}
		(afterCounterpartMarker ? counterpart : pending).add(token);
		endOfLastPayer = token.end();
	}

	/**
	 * @return true when the rest of the clause was read as the verb's rate
	 */
	private boolean verb(Token verb) {
		FundingRole role = verb.role();
		if (guided && verb.text().equals("投入")) {
			role = FundingRole.SUBSIDY;
		}
		if (eachOwnPart && role == FundingRole.RESPONSIBLE) {
			role = FundingRole.SHARED;
		}
		List<Token> payers = verb.collects() && afterCounterpartMarker ? List.copyOf(counterpart) : actors();
		if (payers.isEmpty() && !guided) {
			payers = previousVerbPayers;
		}
		if (payers.isEmpty()) {
			if (guided) {
				// "中央财政引导地方加大投入力度": the guide has its role already; 地方 is no payer of
				// this sentence.
				guided = false;
				clearActors();
				return false;
			}
			throw new Unreadable("the verb \"" + verb.text() + "\" has no payer that the rules know");
		}
		String before = clause.substring(Math.min(endOfLastPayer, verb.start()), verb.start());
		String rate = null;
		boolean restIsRate = false;
		if (verb.contribution()) {
			String after = clause.substring(verb.end());
			Matcher basis = RATE_BASIS.matcher(before);
			if (RATE.matcher(after).matches()) {
				rate = after;
				restIsRate = true;
			}
			else if (basis.matches()) {
				rate = basis.group(1);
			}
		}
		Matcher ratio = RATIO.matcher(before);
		if (role == FundingRole.SHARED && ratio.find()) {
			rate = ratio.group();
		}
		String scope = topic;
		if (recipients && recipientsFrom >= 0) {
			scope = scopeText(clause.substring(recipientsFrom, verb.start()), MANNER);
		}
		assign(payers, role, rate, scope);
		previousVerbPayers = payers;
		clearActors();
		guided = false;
		return restIsRate;
	}

	private Reading finish() {
		List<Token> unassigned = actors();
		boolean bareSubject = tokens.stream()
			.allMatch(token -> token.kind() == Kind.PAYER || token.kind() == Kind.SUFFIX
					|| token.kind() == Kind.CONNECTOR);
		for (Token token : unassigned) {
			if (token.kind() == Kind.UNKNOWN_ACTOR) {
				throw new Unreadable("\"" + token.text() + "\" is not a payer that the rules know");
			}
		}
		return new Reading(List.copyOf(shares), unassigned, bareSubject && !unassigned.isEmpty());
	}

	private List<Token> actors() {
		List<Token> actors = new ArrayList<>(subject);
		actors.addAll(pending);
		return actors;
	}

	private void clearActors() {
		pending.clear();
		subject.clear();
		counterpart.clear();
		recipients = false;
		recipientsFrom = -1;
		afterCounterpartMarker = false;
		eachOwnPart = false;
	}

	/**
	 * The printed words, without what only says how; null when nothing is left or only
	 * 所需资金, which is the whole item again.
	 */
	private static String scopeText(String words, Pattern tail) {
		String scope = tail.matcher(words).replaceFirst("").strip();
		return scope.isEmpty() || scope.equals("所需资金") || scope.equals("分别") ? null : scope;
	}

	private void assign(List<Token> payers, FundingRole role, String rate, String scope) {
		for (Token token : payers) {
			if (token.kind() == Kind.UNKNOWN_ACTOR) {
				throw new Unreadable("\"" + token.text() + "\" is not a payer that the rules know");
			}
			for (Payer payer : token.payers()) {
				shares.add(new FundingShare(payer, role, token.locality(), rate, scope, null));
			}
		}
	}

}
