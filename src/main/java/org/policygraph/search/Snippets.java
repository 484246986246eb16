package org.policygraph.search;

/**
 * Cuts a short excerpt around where the searched words occur, so a hit list shows why
 * each hit matched. Chinese has no spaces, so the match is located by the longest
 * searched fragment found in the text.
 */
final class Snippets {

	static final int RADIUS = 30;

	private Snippets() {
	}

	static String around(String text, String query) {
		if (text.isEmpty()) {
			return null;
		}
		int at = -1;
		int length = 0;
		for (String word : query.split("\\s+")) {
			for (int len = word.length(); len >= 2 && at < 0; len--) {
				for (int i = 0; i + len <= word.length(); i++) {
					int found = text.indexOf(word.substring(i, i + len));
					if (found >= 0) {
						at = found;
						length = len;
						break;
					}
				}
			}
		}
		if (at < 0) {
			return text.length() <= 2 * RADIUS ? text : text.substring(0, 2 * RADIUS) + "…";
		}
		int start = Math.max(0, at - RADIUS);
		int end = Math.min(text.length(), at + length + RADIUS);
		return (start > 0 ? "…" : "") + text.substring(start, end) + (end < text.length() ? "…" : "");
	}

}
