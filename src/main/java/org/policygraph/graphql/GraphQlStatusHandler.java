package org.policygraph.graphql;

import java.util.List;

import jakarta.servlet.ServletException;
import org.policygraph.error.ErrorCode;
import org.policygraph.guard.AdmittedRequest;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.ResponseError;
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

/**
 * Spring's /graphql handler, except that a JSON body the guard's filter has already read
 * is taken from it rather than read and parsed again ({@link AdmittedRequest}), and that
 * a response whose errors all say the database is unavailable is sent with HTTP 503, so
 * load balancers, monitors and clients see an outage as one and retry later, and an
 * answer without data that the guard refused gets the refusal's status (400, 403)
 * whatever media type the client accepts.
 */
@Component
@ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
class GraphQlStatusHandler extends GraphQlHttpHandler {

	private final WebGraphQlHandler handler;

	private final IdGenerator ids = new AlternativeJdkIdGenerator();

	GraphQlStatusHandler(WebGraphQlHandler handler) {
		super(handler);
		this.handler = handler;
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
		WebGraphQlRequest graphQlRequest = new WebGraphQlRequest(request.uri(), request.headers().asHttpHeaders(),
				cookies(request), request.remoteAddress().orElse(null), request.attributes(), admitted,
				ids.generateId().toString(), LocaleContextHolder.getLocale());
		return prepareResponse(request, handler.handleRequest(graphQlRequest));
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
