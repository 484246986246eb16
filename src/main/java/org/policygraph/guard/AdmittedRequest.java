package org.policygraph.guard;

import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;
import org.springframework.graphql.GraphQlRequest;
import org.springframework.graphql.server.support.SerializableGraphQlRequest;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The GraphQL request {@link RequestLimitsFilter} read from a POST body, kept on the
 * servlet request so that the /graphql handler takes it instead of reading and parsing
 * the body a second time (issue 15: the body was parsed by the filter and again by
 * Spring's decoder on every request).
 *
 * <p>
 * Only a body that Spring's decoder would read into exactly the same request is kept: an
 * object whose members are among {@code query} (a string), {@code operationName} (a
 * string or null), {@code variables} and {@code extensions} (objects). Anything else (a
 * null {@code variables}, a {@code query} that is a number, an unknown member) is left to
 * Spring's decoder, with whatever it makes of it.
 */
public final class AdmittedRequest {

	private static final String ATTRIBUTE = AdmittedRequest.class.getName();

	private static final Set<String> MEMBERS = Set.of("query", "operationName", "variables", "extensions");

	private AdmittedRequest() {
	}

	/**
	 * @return the request the filter read from this servlet request's body, or null when
	 * the body is for Spring's decoder to read
	 */
	public static GraphQlRequest of(HttpServletRequest request) {
		return request.getAttribute(ATTRIBUTE) instanceof GraphQlRequest admitted ? admitted : null;
	}

	public static void keep(HttpServletRequest request, GraphQlRequest admitted) {
		if (admitted != null) {
			request.setAttribute(ATTRIBUTE, admitted);
		}
	}

	/**
	 * @param body the request's JSON, its query text filled in when it named a catalog
	 * document
	 * @return what Spring's decoder would read from the body, or null when it is not
	 * plainly one of the shapes it reads the same way
	 */
	static GraphQlRequest from(ObjectNode body, JsonMapper json) {
		for (String member : body.propertyNames()) {
			if (!MEMBERS.contains(member)) {
				return null;
			}
		}
		JsonNode query = body.get("query");
		JsonNode operation = body.get("operationName");
		JsonNode variables = body.get("variables");
		JsonNode extensions = body.get("extensions");
		if (query == null || !query.isString() || (operation != null && !operation.isString() && !operation.isNull())
				|| (variables != null && !variables.isObject()) || (extensions != null && !extensions.isObject())) {
			return null;
		}
		SerializableGraphQlRequest request = new SerializableGraphQlRequest();
		request.setQuery(query.asString());
		request.setOperationName(operation == null || operation.isNull() ? null : operation.asString());
		if (variables != null) {
			request.setVariables(asMap(variables, json));
		}
		if (extensions != null) {
			request.setExtensions(asMap(extensions, json));
		}
		return request;
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> asMap(JsonNode object, JsonMapper json) {
		// the untyped deserialiser Spring's decoder uses for a Map member: the same
		// Integer, Long, BigInteger, Double, LinkedHashMap and ArrayList values
		return json.treeToValue(object, Map.class);
	}

}
