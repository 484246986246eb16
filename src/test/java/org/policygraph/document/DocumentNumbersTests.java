package org.policygraph.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

class DocumentNumbersTests {

	@ParameterizedTest
	@ValueSource(strings = { "吉政办发〔2017〕52号", "吉政办发[2017]52号", "吉政办发﹝2017﹞52号", "吉政办发【2017】52号", "吉政办发(2017)52号",
			"吉政办发（2017）52号", "吉政办发［2017］52号", "吉政办发〔2017〕52 号", "吉政办发 〔2017〕 52号" })
	void everyBracketStyleGivesTheCanonicalNumber(String printed) {
		assertThat(DocumentNumbers.normalise(printed)).isEqualTo("吉政办发〔2017〕52号");
	}

	@Test
	void theTableOfContentsPrints57WithSquareBrackets() {
		// line 55: 吉林省人民政府办公厅关于加强全省疫苗流通和预防接种管理工作的通知(吉政办发[2017]57号)
		assertThat(DocumentNumbers.normalise("吉政办发[2017]57号")).isEqualTo("吉政办发〔2017〕57号");
	}

	@ParameterizedTest
	@ValueSource(strings = { "国务院令第586号", "教育部令第39号", "吉林省人民政府令第215号" })
	void decreeNumbersStayAsPrinted(String decree) {
		assertThat(DocumentNumbers.normalise(decree)).isEqualTo(decree);
	}

	@Test
	void leadingZerosOfASerialAreDropped() {
		assertThat(DocumentNumbers.normalise("中央编办发〔2014〕02号")).isEqualTo("中央编办发〔2014〕2号");
	}

	@Test
	void theContentsRangeOfPersonnelDecisionsIsFourDocuments() {
		// line 64-65: 吉林省人民政府人事任免(吉政干任[2017]37-40 / 号)
		assertThat(DocumentNumbers.expand("吉政干任[2017]37-40号")).containsExactly("吉政干任〔2017〕37号", "吉政干任〔2017〕38号",
				"吉政干任〔2017〕39号", "吉政干任〔2017〕40号");
		assertThat(DocumentNumbers.expand("吉政干任[2017]37号")).containsExactly("吉政干任〔2017〕37号");
	}

	@Test
	void aRangeIsNotOneDocument() {
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentNumbers.normalise("吉政干任[2017]37-40号"))
			.withMessageContaining("range");
	}

	@Test
	void brokenNumbersSayWhatIsWrong() {
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentNumbers.normalise("吉政办发〔17〕52号"))
			.withMessageContaining("four digits");
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentNumbers.normalise("吉政办发〔2017〕号"))
			.withMessageContaining("no serial number");
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentNumbers.normalise("吉政办发〔2017〕5a号"))
			.withMessageContaining("is not a number");
		assertThatIllegalArgumentException().isThrownBy(() -> DocumentNumbers.normalise("2016—2020年"))
			.withMessageContaining("not a document number");
	}

	@Test
	void aBrokenNumberStillLooksLikeANumberLine() {
		assertThat(DocumentNumbers.looksLikeNumber("吉政办发〔2017〕号")).isTrue();
		assertThat(DocumentNumbers.looksLikeNumber("吉政办发〔17〕52号")).isTrue();
		assertThat(DocumentNumbers.looksLikeNumber("〔2017〕52号) (6)")).isFalse();
		assertThat(DocumentNumbers.looksLikeNumber("2017年6月29日")).isFalse();
	}

}
