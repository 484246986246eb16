package org.policygraph.graphql;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import graphql.execution.instrumentation.InstrumentationContext;
import graphql.execution.instrumentation.InstrumentationState;
import graphql.execution.instrumentation.parameters.InstrumentationExecutionParameters;
import graphql.execution.instrumentation.parameters.InstrumentationFieldFetchParameters;
import graphql.schema.DataFetcher;
import io.micrometer.observation.ObservationRegistry;
import org.springframework.graphql.observation.DataFetcherObservationConvention;
import org.springframework.graphql.observation.DataLoaderObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationInstrumentation;

/**
 * Spring's GraphQL observations without the work for those that are switched off.
 * application.yaml switches off graphql.datafetcher and graphql.dataloader, yet Spring's
 * instrumentation still wraps every data fetcher in an observation that records nothing
 * and copies every request's DataLoaders into a registry of its own to observe them
 * (creating all thirty up front, which {@link OnDemandBatchLoaders} avoids). The
 * request's observation (graphql.request) stays as it was; an observation switched back
 * on gets its instrumentation back.
 */
class RequestObservations extends GraphQlObservationInstrumentation {

	/**
	 * In a request's GraphQLContext: the /graphql handler observes this request already
	 * (a repeat given back to the engine, {@link GraphQlStatusHandler}).
	 */
	static final String OBSERVED_BY_HANDLER = RequestObservations.class.getName() + ".observedByHandler";

	private final boolean dataFetchers;

	private final boolean dataLoaders;

	RequestObservations(ObservationRegistry registry, ExecutionRequestObservationConvention requests,
			DataFetcherObservationConvention fetchers, DataLoaderObservationConvention loaders, boolean dataFetchers,
			boolean dataLoaders) {
		super(registry, requests, fetchers, loaders);
		this.dataFetchers = dataFetchers;
		this.dataLoaders = dataLoaders;
	}

	@Override
	public ExecutionInput instrumentExecutionInput(ExecutionInput input, InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		if (!this.dataLoaders) {
			return input;
		}
		if (input.getDataLoaderRegistry() instanceof OnDemandBatchLoaders.Registry onDemand) {
			onDemand.createAll();
		}
		return super.instrumentExecutionInput(input, parameters, state);
	}

	@Override
	public InstrumentationContext<ExecutionResult> beginExecution(InstrumentationExecutionParameters parameters,
			InstrumentationState state) {
		if (parameters.getGraphQLContext().hasKey(OBSERVED_BY_HANDLER)) {
			return null;
		}
		return super.beginExecution(parameters, state);
	}

	@Override
	public DataFetcher<?> instrumentDataFetcher(DataFetcher<?> fetcher, InstrumentationFieldFetchParameters parameters,
			InstrumentationState state) {
		return this.dataFetchers ? super.instrumentDataFetcher(fetcher, parameters, state) : fetcher;
	}

}
