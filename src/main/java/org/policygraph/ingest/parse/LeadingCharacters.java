package org.policygraph.ingest.parse;

import java.util.Arrays;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * {@link Matcher#find()} for a pattern whose every match begins with one of a few
 * characters (《, （, 根 of 根据): the pattern is tried only at offsets where one is printed.
 * {@code find()} tries it at every offset of a line, and most offsets of most lines begin
 * nothing; {@code String.indexOf} finds the next leading character far more cheaply. The
 * matches are the same ones, in the same order, as long as the pattern looks neither
 * behind its start nor at the line's bounds ({@code ^}, {@code $}, {@code \b}).
 */
final class LeadingCharacters {

	private final Pattern pattern;

	/** Made at the first leading character: most lines hold none. */
	private Matcher matcher;

	private final String text;

	private final String leading;

	private int from;

	/** Per leading character, where it is next printed at or after an earlier offset. */
	private final int[] nextAt;

	private LeadingCharacters(Pattern pattern, String text, String leading) {
		this.pattern = pattern;
		this.text = text;
		this.leading = leading;
		this.nextAt = new int[leading.length()];
		Arrays.fill(nextAt, -1);
	}

	/**
	 * @param leading every character a match of {@code pattern} can begin with
	 */
	static LeadingCharacters find(Pattern pattern, String text, String leading) {
		return new LeadingCharacters(pattern, text, leading);
	}

	/** The next match, as {@link Matcher#find()}; then {@link #matcher()} holds it. */
	boolean next() {
		while (true) {
			// the nearest leading character, each found by String.indexOf
			int at = text.length();
			for (int k = 0; k < nextAt.length; k++) {
				if (nextAt[k] < from) {
					int i = text.indexOf(leading.charAt(k), from);
					nextAt[k] = i < 0 ? text.length() : i;
				}
				at = Math.min(at, nextAt[k]);
			}
			if (at >= text.length()) {
				from = text.length();
				return false;
			}
			if (matcher == null) {
				matcher = pattern.matcher(text);
			}
			if (matcher.region(at, text.length()).lookingAt()) {
				from = Math.max(matcher.end(), at + 1);
				return true;
			}
			from = at + 1;
		}
	}

	/** The last match; its offsets are the text's. */
	Matcher matcher() {
		return matcher;
	}

}
