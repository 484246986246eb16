package org.policygraph.guard;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** graphql-java's coercion messages, as it words them (graphql-java 25), and as we do. */
class InputMessagesTests {

	@Test
	void aVariableOfTheWrongKindSaysWhatWasExpectedInJsonsWords() {
		assertThat(InputMessages.plain("Variable 'n' has an invalid value: Expected a value that can be converted to "
				+ "type 'Int' but it was a 'ArrayList'"))
			.isEqualTo("variable $n has an invalid value: expected an Int, got a list");
		assertThat(InputMessages.plain("Variable 'n' has an invalid value: Expected a value that can be converted to "
				+ "type 'Int' but it was a 'LinkedHashMap'"))
			.isEqualTo("variable $n has an invalid value: expected an Int, got an object");
		assertThat(InputMessages.plain("Variable 'w' has an invalid value: Expected type 'Map' but was 'ArrayList'. "
				+ "Variables for input objects must be an instance of type 'Map'."))
			.isEqualTo("variable $w has an invalid value: expected an object, got a list");
		assertThat(InputMessages.plain("Variable 'w' has an invalid value: Invalid input for enum 'Payer'. No value "
				+ "found for name 'NOPE'"))
			.isEqualTo("variable $w has an invalid value: expected one of the values of Payer, got 'NOPE'");
	}

	@Test
	void anArgumentOutOfRangeNamesTheArgumentAndTheRange() {
		String plain = InputMessages.plain("Validation error (WrongType@[serviceItem]) : argument 'no' with value "
				+ "'IntValue{value=99999999999}' is not a valid 'Int' - Expected value to be in the integer range, but "
				+ "it was a '99999999999'");
		assertThat(plain).isEqualTo(
				"argument 'no' of serviceItem must be an Int: expected a whole number from -2147483648 to 2147483647, "
						+ "got 99999999999");
		assertThat(InputMessages.plain("Validation error (WrongType@[serviceItem]) : argument 'no' with value "
				+ "'StringValue{value='x'}' is not a valid 'Int' - Expected an AST type of 'IntValue' but it was a "
				+ "'StringValue'"))
			.isEqualTo("argument 'no' of serviceItem must be an Int: expected a whole number, got a string");
		assertThat(InputMessages.plain("Validation error (WrongType@[serviceItems]) : argument 'where.payers[0].payer' "
				+ "with value 'EnumValue{name='NOPE'}' is not a valid 'Payer' - Literal value not in allowable values "
				+ "for enum 'Payer' - 'EnumValue{name='NOPE'}'"))
			.isEqualTo("argument 'where.payers[0].payer' of serviceItems must be a Payer: expected one of the values "
					+ "of Payer");
	}

	@Test
	void otherValidationMessagesLoseTheirSyntaxTreeNodes() {
		assertThat(InputMessages
			.plain("Validation error (FieldUndefined@[serviceItem/salary]) : Field 'salary' in type 'ServiceItem' is "
					+ "undefined"))
			.isEqualTo("Field 'salary' in type 'ServiceItem' is undefined (at serviceItem/salary)");
		assertThat(InputMessages.plain("Validation error (UnusedVariable) : Unused variable 'd'"))
			.isEqualTo("Unused variable 'd'");
		assertThat(InputMessages.plain("something about IntValue{value=5} here")).isEqualTo("something about 5 here");
	}

}
