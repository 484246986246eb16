package org.policygraph.graphql;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import graphql.GraphQLContext;
import graphql.execution.CoercedVariables;
import graphql.language.StringValue;
import graphql.language.Value;
import graphql.schema.Coercing;
import graphql.schema.CoercingParseLiteralException;
import graphql.schema.CoercingParseValueException;
import graphql.schema.CoercingSerializeException;
import graphql.schema.GraphQLScalarType;
import java.util.Locale;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.graphql.execution.RuntimeWiringConfigurer;

/**
 * The ISO-8601 {@code Date} scalar (2017-11-30): dates in the gazette have no time of
 * day.
 */
@Configuration(proxyBeanMethods = false)
public class ScalarConfiguration {

	/**
	 * The scalar itself, for schemas built outside Spring (tests of the compiler's
	 * completion).
	 */
	public static final GraphQLScalarType DATE = GraphQLScalarType.newScalar()
		.name("Date")
		.description("An ISO-8601 calendar date, e.g. 2017-11-30")
		.coercing(new Coercing<LocalDate, String>() {
			@Override
			public String serialize(Object value, GraphQLContext context, Locale locale) {
				if (value instanceof LocalDate date) {
					return date.toString();
				}
				throw new CoercingSerializeException("not a date: " + value);
			}

			@Override
			public LocalDate parseValue(Object input, GraphQLContext context, Locale locale) {
				try {
					return LocalDate.parse(String.valueOf(input));
				}
				catch (DateTimeParseException ex) {
					throw new CoercingParseValueException("expected a date like 2017-11-30, got " + input);
				}
			}

			@Override
			public LocalDate parseLiteral(Value<?> input, CoercedVariables variables, GraphQLContext context,
					Locale locale) {
				if (input instanceof StringValue s) {
					try {
						return LocalDate.parse(s.getValue());
					}
					catch (DateTimeParseException ex) {
						// fall through to the error below
					}
				}
				throw new CoercingParseLiteralException("expected a date like \"2017-11-30\"");
			}
		})
		.build();

	@Bean
	RuntimeWiringConfigurer dateScalar() {
		return wiring -> wiring.scalar(DATE);
	}

}
