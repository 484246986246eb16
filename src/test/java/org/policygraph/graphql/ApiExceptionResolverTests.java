package org.policygraph.graphql;

import java.util.List;
import java.util.Map;

import graphql.GraphQLContext;
import graphql.GraphQLError;
import graphql.Scalars;
import graphql.execution.ExecutionStepInfo;
import graphql.execution.MergedField;
import graphql.execution.ResultPath;
import graphql.language.Field;
import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingEnvironmentImpl;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.neo4j.driver.exceptions.ClientException;
import org.neo4j.driver.exceptions.ServiceUnavailableException;
import org.neo4j.driver.exceptions.TransientException;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;

/** What a client learns from a failure: enough to act on, never the server's insides. */
@ExtendWith(OutputCaptureExtension.class)
class ApiExceptionResolverTests {

	private final ApiExceptionResolver resolver = new ApiExceptionResolver();

	@Test
	void anUnexpectedErrorIsAnIncidentIdForTheClientAndTheWholeStoryForTheLog(CapturedOutput output) {
		var failure = new IllegalStateException("""
				Cypher failed: MATCH (n:Department {id: $id}) RETURN n \
				while reading /srv/policy-graph/data/neo4j/databases/neo4j/neostore.db""");

		GraphQLError error = resolve(failure);

		String incident = (String) error.getExtensions().get("incident");
		assertThat(incident).matches("[0-9a-f-]{36}");
		assertThat(error.getMessage()).isEqualTo("internal error, incident " + incident);
		assertThat(error.getErrorType().toString()).isEqualTo("INTERNAL_ERROR");
		String seenByClient = error.toSpecification().toString();
		assertThat(seenByClient).doesNotContain("MATCH", "/srv", "neostore", "IllegalStateException", ".java",
				"at org.");
		assertThat(output).contains("incident " + incident)
			.contains("IllegalStateException")
			.contains("MATCH (n:Department {id: $id})")
			.contains("at org.policygraph.graphql.ApiExceptionResolverTests");
	}

	@Test
	void neo4jsTransactionTimeoutIsAQueryTimeout() {
		// the code and message Neo4j 2026.08 sends when TransactionConfig's timeout runs
		// out
		var timeout = new ClientException("Neo.ClientError.Transaction.TransactionTimedOutClientConfiguration",
				"The transaction has been terminated. Retry your operation in a new transaction, and you should see a "
						+ "successful result. The transaction has not completed within the timeout specified at its "
						+ "start by the client. You may want to retry with a longer timeout.");
		GraphQLError error = resolve(timeout);
		assertThat(error.getExtensions()).containsEntry("code", "QUERY_TIMEOUT");
		assertThat(error.getMessage()).contains("took too long").doesNotContain("Neo.");
	}

	@Test
	void aDatabaseThatCantBeReachedOrIsStillStartingIsUnavailable() {
		for (Throwable failure : List.of(new ServiceUnavailableException("Unable to connect to 127.0.0.1:7687"),
				new TransientException("Neo.TransientError.General.DatabaseUnavailable",
						"Database 'neo4j' is unavailable."))) {
			GraphQLError error = resolve(failure);
			assertThat(error.getExtensions()).containsEntry("code", "DATABASE_UNAVAILABLE");
			assertThat(error.getMessage()).contains("try again").doesNotContain("7687").doesNotContain("neo4j");
		}
	}

	@Test
	void designedErrorsKeepTheirMessage() {
		GraphQLError notFound = resolve(new NotFoundException("department", "省财政局", List.of("省财政厅")));
		assertThat(notFound.getErrorType().toString()).isEqualTo("NOT_FOUND");
		assertThat(notFound.getExtensions()).containsEntry("suggestions", List.of("省财政厅"));
		GraphQLError badRequest = resolve(new BadRequestException("\"first\" must be between 0 and 100, got 1000"));
		assertThat(badRequest.getErrorType().toString()).isEqualTo("BAD_REQUEST");
		assertThat(badRequest.getMessage()).contains("1000");
	}

	private GraphQLError resolve(Throwable failure) {
		List<GraphQLError> errors = resolver.resolveException(failure, environment()).block();
		assertThat(errors).hasSize(1);
		return errors.getFirst();
	}

	private static DataFetchingEnvironment environment() {
		return DataFetchingEnvironmentImpl.newDataFetchingEnvironment()
			.mergedField(MergedField.newMergedField(Field.newField("department").build()).build())
			.executionStepInfo(ExecutionStepInfo.newExecutionStepInfo()
				.type(Scalars.GraphQLString)
				.path(ResultPath.rootPath().segment("department"))
				.build())
			.graphQLContext(GraphQLContext.of(Map.of()))
			.build();
	}

}
