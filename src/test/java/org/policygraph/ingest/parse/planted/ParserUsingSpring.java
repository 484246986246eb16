package org.policygraph.ingest.parse.planted;

import org.springframework.util.StringUtils;

/** A planted violation: a parser that reaches for Spring. See ArchitectureTests. */
public class ParserUsingSpring {

	String trimmed(String text) {
		return StringUtils.trimWhitespace(text);
	}

}
