package org.policygraph.graphql;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import graphql.ExecutionInput;
import graphql.ExecutionResult;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;

import jakarta.servlet.ServletException;
import org.policygraph.error.ErrorCode;
import org.policygraph.guard.AdmittedRequest;
import org.policygraph.neo4j.Neo4jReads;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.ResponseError;
import org.springframework.graphql.observation.DefaultExecutionRequestObservationConvention;
import org.springframework.graphql.observation.ExecutionRequestObservationContext;
import org.springframework.graphql.observation.ExecutionRequestObservationConvention;
import org.springframework.graphql.observation.GraphQlObservationDocumentation;
import org.springframework.graphql.support.DefaultExecutionGraphQlResponse;
import org.springframework.graphql.server.WebGraphQlHandler;
import org.springframework.graphql.server.WebGraphQlRequest;
import org.springframework.graphql.server.WebGraphQlResponse;
import org.springframework.graphql.server.webmvc.GraphQlHttpHandler;
import org.springframework.http.HttpCookie;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.stereotype.Component;
import org.springframework.util.AlternativeJdkIdGenerator;
import org.springframework.util.IdGenerator;
import org.springframework.util.LinkedMultiValueMap;
import org.springframework.util.MultiValueMap;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.ServerResponse;
import reactor.core.publisher.Mono;

/**
 * Spring's /graphql handler, except that a JSON body the guard's filter has already read
 * is taken from it rather than read and parsed again ({@link AdmittedRequest}), that a
 * request the engine answered before in a way that repeats exactly is answered without it
 * ({@link Repeats}), and that a response whose errors all say the database is unavailable
 * is sent with HTTP 503, so load balancers, monitors and clients see an outage as one and
 * retry later, and an answer without data that the guard refused gets the refusal's
 * status (400, 403) whatever media type the client accepts.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlStatusHandler extends GraphQlHttpHandler {

	private static final ExecutionRequestObservationConvention DEFAULT_CONVENTION = new DefaultExecutionRequestObservationConvention();

	private final WebGraphQlHandler handler;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	private final Repeats repeats;

	private final Neo4jReads reads;

	private final ObservationRegistry observations;

	private final ExecutionRequestObservationConvention convention;

	/** Without repeats: every request is executed. */
	GraphQlStatusHandler(WebGraphQlHandler handler) {
		this(handler, null, null, ObservationRegistry.NOOP, null);
	}

	@Autowired
	GraphQlStatusHandler(WebGraphQlHandler handler, ObjectProvider<Repeats> repeats, ObjectProvider<Neo4jReads> reads,
			ObjectProvider<ObservationRegistry> observations,
			ObjectProvider<ExecutionRequestObservationConvention> convention) {
		this(handler, repeats.getIfAvailable(), reads.getIfAvailable(),
				observations.getIfAvailable(() -> ObservationRegistry.NOOP), convention.getIfAvailable());
	}

	private GraphQlStatusHandler(WebGraphQlHandler handler, Repeats repeats, Neo4jReads reads,
			ObservationRegistry observations, ExecutionRequestObservationConvention convention) {
		super(handler);
		this.handler = handler;
		this.repeats = (reads == null) ? null : repeats;
		this.reads = reads;
		this.observations = observations;
		this.convention = convention;
	}

	/**
	 * Spring's handling of a POST, with the request the filter read. A Content-Type other
	 * than application/json (application/graphql, a vendor's +json) is Spring's to accept
	 * or refuse, as is a body the filter didn't keep.
	 */
	@Override
	public ServerResponse handleRequest(ServerRequest request) throws ServletException {
		GraphQlRequest admitted = AdmittedRequest.of(request.servletRequest());
		if (admitted == null || !isJson(request)) {
			return super.handleRequest(request);
		}
		String id = ids.generateId().toString();
		Locale locale = LocaleContextHolder.getLocale();
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(), admitted, id, locale);
		Repeats.Repeat repeat = (repeats == null) ? null : repeats.find(admitted);
		if (repeat == null) {
			return prepareResponse(request, handler.handleRequest(graphQlRequest));
		}
		return repeat(request, graphQlRequest, repeat, id, locale);
	}

	/**
	 * A request answered again without the engine, observed as graphql.request and its
	 * Cypher queries counted as an execution's ({@link RequestObservations},
	 * {@link RoundTripInterceptor}); the same HTTP answer. If the repeat gives the
	 * request back, the engine executes it inside the same observation, not one more.
	 */
	private ServerResponse repeat(ServerRequest request, WebGraphQlRequest graphQlRequest, Repeats.Repeat repeat,
			String id, Locale locale) throws ServletException {
		ExecutionInput input = repeat.input(id, locale);
		ExecutionRequestObservationContext observed = new ExecutionRequestObservationContext(input);
		observed.setExecutionContext(repeat.operation());
		Observation observation = GraphQlObservationDocumentation.EXECUTION_REQUEST
			.observation(convention, DEFAULT_CONVENTION, () -> observed, observations)
			.start();
		ExecutionResult answer;
		Neo4jReads.Budget budget = reads.beginRequest();
		try (Observation.Scope scope = observation.openScope()) {
			answer = repeat.answer(locale);
		}
		finally {
			reads.endRequest();
		}
		if (answer != null) {
			ExecutionResult counted = RoundTripInterceptor.counted(answer, budget.queries());
			observed.setExecutionResult(counted);
			observation.stop();
			return prepareResponse(request,
					Mono.just(new WebGraphQlResponse(new DefaultExecutionGraphQlResponse(input, counted))));
		}
		graphQlRequest.configureExecutionInput(
				(in, builder) -> builder.graphQLContext(Map.of(RequestObservations.OBSERVED_BY_HANDLER, true)).build());
		// executed here, on this thread, inside the observation (Spring captures the
		// thread's context as the request is handed over)
		try (Observation.Scope scope = observation.openScope()) {
			Mono<WebGraphQlResponse> executed = handler.handleRequest(graphQlRequest).doOnNext(response -> {
				observed.setExecutionResult(response.getExecutionResult());
				response.getExecutionResult()
					.getErrors()
					.forEach(error -> observation
						.event(Observation.Event.of(error.getErrorType().toString(), error.getMessage())));
			}).doOnError(observation::error).doFinally(signal -> observation.stop());
			return prepareResponse(request, executed);
		}
	}

	private static boolean isJson(ServerRequest request) {
		try {
			return request.headers()
				.contentType()
				.filter(type -> type.getType().equals("application") && type.getSubtype().equals("json"))
				.isPresent();
		}
		catch (InvalidMediaTypeException ex) {
			return false;
		}
	}

	private static MultiValueMap<String, HttpCookie> cookies(ServerRequest request) {
		MultiValueMap<String, HttpCookie> cookies = new LinkedMultiValueMap<>();
		request.cookies()
			.forEach((name, values) -> values
				.forEach(cookie -> cookies.add(name, new HttpCookie(cookie.getName(), cookie.getValue()))));
		return cookies;
	}

	@Override
	protected HttpStatus selectResponseStatus(WebGraphQlResponse response, MediaType contentType) {
		List<ResponseError> errors = response.getErrors();
		if (!errors.isEmpty() && errors.stream()
			.allMatch(error -> ErrorCode.DATABASE_UNAVAILABLE.name().equals(error.getExtensions().get("code")))) {
			return ErrorCode.DATABASE_UNAVAILABLE.status();
		}
		if (!response.getExecutionResult().isDataPresent() && !errors.isEmpty()) {
			ErrorCode refusal = ErrorCode.of(errors.getFirst().getExtensions().get("code"));
			if (refusal != null && refusal.status() != HttpStatus.OK) {
				return refusal.status();
			}
		}
		return super.selectResponseStatus(response, contentType);
	}

}
