package org.policygraph.funding;

/** Reads a 支出责任 sentence into structure. Implemented by the funding phrase grammar. */
public interface FundingClassifier {

	/**
	 * @throws UnclassifiedFundingException when no rule reads the sentence; never guesses
	 */
	Funding classify(String text);

}
