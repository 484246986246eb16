package org.policygraph.funding;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A classifier that reads each sentence once. Every province's standard prints the
 * national standard's 支出责任 sentences, item after item and issue after issue, so a
 * national corpus asks the grammar the same few hundred sentences hundreds of thousands
 * of times (a sixth of the parser's time at 1,000 issues). A reading depends on the
 * sentence alone and is immutable, so it is shared; a sentence the grammar can't read is
 * asked again, to fail with its own line. Up to {@code capacity} sentences are kept, the
 * first ones met: a corpus of all-different sentences costs what it did.
 */
public final class RememberedFunding implements FundingClassifier {

	private final FundingClassifier grammar;

	private final int capacity;

	private final Map<String, Funding> read = new ConcurrentHashMap<>();

	public RememberedFunding(FundingClassifier grammar, int capacity) {
		this.grammar = grammar;
		this.capacity = capacity;
	}

	@Override
	public Funding classify(String text) {
		Funding known = text == null ? null : read.get(text);
		if (known != null) {
			return known;
		}
		Funding reading = grammar.classify(text);
		if (read.size() < capacity) {
			read.putIfAbsent(text, reading);
		}
		return reading;
	}

}
