package org.policygraph.ingest.parse;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import org.policygraph.ingest.source.GazetteFormatException;

/**
 * Every kind of file that is no document the ingester reads is refused with an error
 * naming the file, the line (or page) and what was expected.
 */
class BadInputTests {

	static List<BadInputs.Case> cases() {
		return BadInputs.all();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("cases")
	void isRefusedNamingFileLineAndWhatWasExpected(BadInputs.Case bad) {
		assertThatThrownBy(() -> Documents.parse(bad.file(), bad.content()))
			.isInstanceOfSatisfying(GazetteFormatException.class, ex -> {
				assertThat(ex.file()).isEqualTo(bad.file());
				assertThat(ex.line()).isEqualTo(bad.line());
				assertThat(ex.getMessage()).startsWith(bad.file() + ":" + bad.line() + ": ").contains(bad.expected());
			});
	}

	@org.junit.jupiter.api.Test
	void thereAreMoreThanTwentyKinds() {
		assertThat(cases()).hasSizeGreaterThan(20);
	}

}
