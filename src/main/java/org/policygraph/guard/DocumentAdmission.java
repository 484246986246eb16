package org.policygraph.guard;

import java.util.List;
import java.util.Locale;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;
import java.util.function.Supplier;

import graphql.ExecutionInput;
import graphql.GraphQLError;
import graphql.execution.preparsed.PreparsedDocumentEntry;
import graphql.execution.preparsed.PreparsedDocumentProvider;
import graphql.language.Document;
import graphql.parser.InvalidSyntaxException;
import graphql.parser.Parser;
import graphql.parser.ParserEnvironment;
import graphql.parser.ParserOptions;
import graphql.parser.exceptions.ParseCancelledException;
import graphql.parser.exceptions.ParseCancelledTooDeepException;
import graphql.parser.exceptions.ParseCancelledTooManyCharsException;
import graphql.schema.GraphQLSchema;
import graphql.validation.ValidationError;
import graphql.validation.Validator;

import org.policygraph.error.ErrorCode;
import org.policygraph.neo4j.LruCache;

/**
 * The engine's own parse and validation, with the guard's checks in between: parser
 * limits, depth, selection count, introspection and (optionally) the trusted-document
 * list apply to exactly the document graphql-java executes, whatever bytes or charset it
 * came from. A refused document carries one error whose code names the limit; no field of
 * it runs.
 *
 * <p>
 * Documents are kept by query text: analysts, maps and the catalog send the same ones
 * over and over, and parsing and validating them was about a tenth of the server's CPU
 * per point lookup (flight recording under the benchmark's load). The verdict depends
 * only on the text and this deployment's fixed limits, so refusals are kept too.
 */
final class DocumentAdmission implements PreparsedDocumentProvider {

	static final int DOCUMENTS = 1_000;

	private final GuardProperties limits;

	private final Supplier<GraphQLSchema> schema;

	private final TrustedDocuments trusted;

	private final ParserOptions parserOptions;

	private final LruCache<String, PreparsedDocumentEntry> documents = new LruCache<>(DOCUMENTS);

	DocumentAdmission(GuardProperties limits, Supplier<GraphQLSchema> schema, TrustedDocuments trusted) {
		this.limits = limits;
		this.schema = schema;
		this.trusted = trusted;
		this.parserOptions = ParserOptions.newParserOptions()
			.maxTokens(limits.maxTokens())
			.maxCharacters(limits.maxBodyBytes())
			.maxWhitespaceTokens(limits.maxTokens() * 10)
			.maxRuleDepth(200)
			.captureSourceLocation(true)
			.build();
	}

	@Override
	public CompletableFuture<PreparsedDocumentEntry> getDocumentAsync(ExecutionInput input,
			Function<ExecutionInput, PreparsedDocumentEntry> parseAndValidate) {
		return CompletableFuture.completedFuture(documents.computeIfAbsent(input.getQuery(), this::admit));
	}

	PreparsedDocumentEntry admit(String query) {
		Document document;
		try {
			document = parse(query);
		}
		catch (Refused refused) {
			return new PreparsedDocumentEntry(refused.error);
		}
		GraphQLError refusal = check(document);
		if (refusal != null) {
			return new PreparsedDocumentEntry(refusal);
		}
		List<ValidationError> errors = new Validator().validateDocument(schema.get(), document, Locale.ENGLISH);
		if (!errors.isEmpty()) {
			return new PreparsedDocumentEntry(document, List.of(GuardErrors.error(ErrorCode.GRAPHQL_VALIDATION_FAILED,
					InputMessages.plain(errors.getFirst().getMessage()))));
		}
		if (limits.trustedDocuments() && !trusted.allows(document)) {
			return new PreparsedDocumentEntry(GuardErrors.error(ErrorCode.UNTRUSTED_DOCUMENT,
					"this deployment runs only the published example queries (queries/), sent as text or by "
							+ "\"documentId\""));
		}
		return new PreparsedDocumentEntry(document);
	}

	/** The first limit the document breaks, or null. Runs before validation. */
	private GraphQLError check(Document document) {
		QueryShape shape = QueryShape.of(document, limits.maxFields());
		if (shape.fragmentCycle() != null) {
			return GuardErrors.error(ErrorCode.GRAPHQL_VALIDATION_FAILED,
					"fragment " + shape.fragmentCycle() + " spreads itself; fragments must not form cycles");
		}
		if (shape.depth() > limits.maxDepth()) {
			return GuardErrors.error(ErrorCode.QUERY_TOO_DEEP,
					"the query nests " + shape.depth() + " levels; at most " + limits.maxDepth() + " are allowed");
		}
		if (shape.selections() > limits.maxFields()) {
			return GuardErrors.error(ErrorCode.QUERY_TOO_COMPLEX, "the query selects more than " + limits.maxFields()
					+ " fields (aliases and fragments counted); split it into smaller requests");
		}
		if (shape.introspection() && !limits.introspection()) {
			return GuardErrors.error(ErrorCode.INTROSPECTION_DISABLED,
					"this deployment doesn't answer __schema or __type; the schema is documented in the README");
		}
		return null;
	}

	private Document parse(String query) throws Refused {
		try {
			return Parser
				.parse(ParserEnvironment.newParserEnvironment().document(query).parserOptions(parserOptions).build());
		}
		catch (ParseCancelledTooDeepException ex) {
			throw new Refused(GuardErrors.error(ErrorCode.QUERY_TOO_DEEP,
					"the query nests too deeply to parse; " + ex.getMessage()));
		}
		catch (ParseCancelledException | ParseCancelledTooManyCharsException ex) {
			throw new Refused(GuardErrors.error(ErrorCode.QUERY_TOO_COMPLEX,
					"the query is too long to parse; " + ex.getMessage()));
		}
		catch (InvalidSyntaxException ex) {
			throw new Refused(GuardErrors.error(ErrorCode.INVALID_SYNTAX, ex.getMessage()));
		}
	}

	private static final class Refused extends Exception {

		private final transient GraphQLError error;

		Refused(GraphQLError error) {
			super(null, null, false, false);
			this.error = error;
		}

	}

}
