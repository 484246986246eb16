package org.policygraph.guard;

import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * graphql-java's messages about input that doesn't fit the schema, said in the schema's
 * words: which argument or variable, what was expected and what came. Its own messages
 * name Java classes ({@code ArrayList}, {@code LinkedHashMap}) and print syntax-tree
 * nodes ({@code IntValue{value=99999999999}}), which mean nothing to a client and tell an
 * attacker what runs the server.
 */
final class InputMessages {

	private static final Pattern VARIABLE = Pattern.compile("Variable '(\\w+)' has an invalid value: (.*)",
			Pattern.DOTALL);

	private static final Pattern WRONG_ARGUMENT = Pattern.compile(
			"Validation error \\(\\w+@\\[([^\\]]*)\\]\\) : argument '([^']*)' with value '.*' is not a valid '(\\w+)' - (.*)",
			Pattern.DOTALL);

	private static final Pattern VALIDATION = Pattern
		.compile("Validation error \\((\\w+)(?:@\\[([^\\]]*)\\])?\\) : (.*)", Pattern.DOTALL);

	private static final Pattern CONVERTIBLE = Pattern
		.compile("Expected a value that can be converted to type '(\\w+)' but it was a '(\\w+)'");

	private static final Pattern AST_TYPE = Pattern.compile("Expected an AST type of '(\\w+)' but it was a '(\\w+)'");

	private static final Pattern RANGE = Pattern
		.compile("Expected value to be in the (\\w+) range, but it was a '([^']*)'");

	private static final Pattern MAP_TYPE = Pattern.compile(
			"Expected type 'Map' but was '(\\w+)'\\. Variables for input objects must be an instance of type 'Map'\\.");

	private static final Pattern ENUM_VARIABLE = Pattern
		.compile("Invalid input for enum '(\\w+)'\\. No value found for name '([^']*)'");

	private static final Pattern ENUM_LITERAL = Pattern
		.compile("Literal value not in allowable values for enum '(\\w+)' - .*", Pattern.DOTALL);

	/**
	 * Syntax-tree nodes as graphql-java prints them: IntValue{value=1},
	 * EnumValue{name='X'}.
	 */
	private static final Pattern AST_VALUE = Pattern.compile("\\w+Value\\{(?:value|name)='?([^}']*)'?}");

	/** What the Java class of a JSON value is, in JSON's words. */
	private static final Map<String, String> JSON_KINDS = Map.ofEntries(Map.entry("ArrayList", "a list"),
			Map.entry("List", "a list"), Map.entry("ImmutableList", "a list"), Map.entry("LinkedHashMap", "an object"),
			Map.entry("HashMap", "an object"), Map.entry("Map", "an object"), Map.entry("String", "a string"),
			Map.entry("Integer", "a number"), Map.entry("Long", "a number"), Map.entry("BigInteger", "a number"),
			Map.entry("BigDecimal", "a number"), Map.entry("Double", "a number"), Map.entry("Float", "a number"),
			Map.entry("Boolean", "true or false"), Map.entry("IntValue", "a whole number"),
			Map.entry("FloatValue", "a number"), Map.entry("StringValue", "a string"),
			Map.entry("BooleanValue", "true or false"), Map.entry("EnumValue", "an enum value"),
			Map.entry("ArrayValue", "a list"), Map.entry("ObjectValue", "an object"), Map.entry("NullValue", "null"),
			Map.entry("VariableReference", "a variable"));

	private InputMessages() {
	}

	static String plain(String message) {
		Matcher variable = VARIABLE.matcher(message);
		if (variable.matches()) {
			return "variable $" + variable.group(1) + " has an invalid value: " + detail(variable.group(2));
		}
		Matcher argument = WRONG_ARGUMENT.matcher(message);
		if (argument.matches()) {
			String field = argument.group(1).replaceAll(".*/", "");
			return "argument '" + argument.group(2) + "' of " + field + " must be " + article(argument.group(3)) + ": "
					+ detail(argument.group(4));
		}
		Matcher validation = VALIDATION.matcher(message);
		if (validation.matches()) {
			String where = validation.group(2) == null || validation.group(2).isEmpty() ? ""
					: " (at " + validation.group(2) + ")";
			return detail(validation.group(3)) + where;
		}
		return detail(message);
	}

	private static String detail(String detail) {
		Matcher convertible = CONVERTIBLE.matcher(detail);
		if (convertible.find()) {
			return "expected " + article(convertible.group(1)) + ", got " + kind(convertible.group(2));
		}
		Matcher ast = AST_TYPE.matcher(detail);
		if (ast.find()) {
			return "expected " + kind(ast.group(1)) + ", got " + kind(ast.group(2));
		}
		Matcher range = RANGE.matcher(detail);
		if (range.find()) {
			return "expected a whole number from -2147483648 to 2147483647, got " + range.group(2);
		}
		Matcher map = MAP_TYPE.matcher(detail);
		if (map.find()) {
			return "expected an object, got " + kind(map.group(1));
		}
		Matcher enumVariable = ENUM_VARIABLE.matcher(detail);
		if (enumVariable.find()) {
			return "expected one of the values of " + enumVariable.group(1) + ", got '" + enumVariable.group(2) + "'";
		}
		Matcher enumLiteral = ENUM_LITERAL.matcher(detail);
		if (enumLiteral.matches()) {
			return "expected one of the values of " + enumLiteral.group(1);
		}
		return AST_VALUE.matcher(detail).replaceAll(result -> Matcher.quoteReplacement(result.group(1)));
	}

	private static String kind(String javaOrAstClass) {
		String kind = JSON_KINDS.get(javaOrAstClass);
		if (kind != null) {
			return kind;
		}
		// the JDK's immutable collections: ListN, List12, MapN, ...
		return javaOrAstClass.contains("List") ? "a list"
				: javaOrAstClass.contains("Map") ? "an object" : "a value of another type";
	}

	/** "an Int", "a String", "a ServiceItemWhere": the schema's type name. */
	private static String article(String typeName) {
		return ("AEIOU".indexOf(typeName.charAt(0)) >= 0 ? "an " : "a ") + typeName;
	}

}
