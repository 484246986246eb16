package org.policygraph.funding;

/**
 * A funding sentence that the phrase rules cannot read. The ingester reports it with its
 * line.
 */
public class UnclassifiedFundingException extends RuntimeException {

	private final String phrase;

	public UnclassifiedFundingException(String phrase, String reason) {
		super("cannot classify funding phrase \"" + phrase + "\": " + reason);
		this.phrase = phrase;
	}

	public String phrase() {
		return phrase;
	}

}
