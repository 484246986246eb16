package org.policygraph.funding;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * A sentence is read by the grammar once and then answered as the grammar answered it; a
 * sentence it can't read fails every time; no more sentences are kept than asked.
 */
class RememberedFundingTests {

	private final List<String> asked = new ArrayList<>();

	private final FundingClassifier grammar = text -> {
		asked.add(text);
		return new FundingGrammar().classify(text);
	};

	@Test
	void aSentenceIsReadOnceAndAnsweredAsTheGrammarReadsIt() {
		RememberedFunding funding = new RememberedFunding(grammar, 10);
		String sentence = "中央、省、市、县按比例分担";
		Funding first = funding.classify(sentence);
		assertThat(funding.classify(sentence)).isSameAs(first).isEqualTo(new FundingGrammar().classify(sentence));
		assertThat(first.pattern()).isEqualTo("CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED");
		assertThat(asked).containsExactly(sentence);
	}

	@Test
	void aSentenceTheGrammarCannotReadFailsEachTime() {
		RememberedFunding funding = new RememberedFunding(grammar, 10);
		for (int i = 0; i < 2; i++) {
			assertThatExceptionOfType(UnclassifiedFundingException.class).isThrownBy(() -> funding.classify("天气晴朗"))
				.withMessageContaining("天气晴朗");
		}
		assertThat(asked).containsExactly("天气晴朗", "天气晴朗");
	}

	@Test
	void beyondItsCapacityASentenceIsReadEachTime() {
		RememberedFunding funding = new RememberedFunding(grammar, 1);
		funding.classify("中央财政承担");
		funding.classify("省财政承担");
		funding.classify("省财政承担");
		funding.classify("中央财政承担");
		assertThat(asked).containsExactly("中央财政承担", "省财政承担", "省财政承担");
	}

}
