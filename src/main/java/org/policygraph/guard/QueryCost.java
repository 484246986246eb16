package org.policygraph.guard;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.normalized.ExecutableNormalizedField;
import graphql.normalized.ExecutableNormalizedOperation;
import graphql.schema.GraphQLList;
import graphql.schema.GraphQLNamedType;
import graphql.schema.GraphQLOutputType;
import graphql.schema.GraphQLSchema;
import graphql.schema.GraphQLTypeUtil;

/**
 * What a request will cost before it runs, in units of about one field of the answer
 * (about 10 µs of the server's time, measured on the 2-core machine): each field costs
 * its weight plus, for each item it returns, what its selections cost, so a field under a
 * page of 100 under another page of 100 counts ten thousand times. Aliases count as often
 * as they appear; the fields of an abstract type's every branch are added, as if each
 * item could be any of them.
 *
 * <p>
 * Weights are the resolvers' own work beyond their fields, from timings of 20 aliases of
 * one field in one request on the seeded graph (2-core machine shared with other work, so
 * rounded): a top-level field runs its own Cypher round trip, 5–7 ms; a search of 50 hits
 * 7–8 ms; a responsibility map 8.5 ms at depth 1, 37 ms at depth 2 and 83 ms at depth 3;
 * a shortest-path search 11 ms at length 6. Nested fields are batched (one round trip per
 * level whatever the fan-out), so they cost their fields only.
 *
 * <p>
 * List sizes are the page a field asks for ({@code first}, or the resolver's default), or
 * for unpaged lists an estimate of their typical length in the gazette; a list that turns
 * out longer is still bounded by the answer cap and the deadline.
 */
final class QueryCost {

	/** A top-level field's Cypher round trip. */
	static final int ROUND_TRIP = 500;

	static final int SEARCH = 800;

	/** Per step of {@code maxLength}: the search's frontier grows with every step. */
	static final int PATH_STEP = 200;

	/** By depth 1, 2 and 3. */
	static final int[] MAP = { 900, 3_700, 8_300 };

	/** Highlighting a hit's text is work of its own (a few times a field's). */
	static final int SNIPPET = 5;

	/**
	 * Page.DEFAULT_SIZE, the size of a connection's page when {@code first} is absent.
	 */
	static final int DEFAULT_PAGE = 20;

	static final int DEFAULT_LIST = 10;

	/**
	 * Unpaged lists whose typical length differs from {@link #DEFAULT_LIST}: about twice
	 * their mean length in the seeded gazette (a list under a page of parents costs the
	 * sum over the parents, which the mean predicts; a single parent's list is small
	 * either way). Measured 2026-12: a document cites 0.8 documents on average (at most
	 * 10), is cited by 0.8, has 1.7 tasks (25 in the plan), 0.8 indicators, 0.3
	 * appointments and 0.1 annexes; a department carries 2.8 tasks and has 1.3 aliases;
	 * an item has 1.9 lead departments and 3.4 funding shares.
	 */
	private static final Map<String, Integer> LIST_SIZES = Map.ofEntries(Map.entry("Document.cites", 2),
			Map.entry("Document.citedBy", 2), Map.entry("Document.tasks", 4), Map.entry("Document.indicators", 2),
			Map.entry("Document.appointments", 1), Map.entry("Document.annexes", 1),
			Map.entry("Document.interpretedBy", 1), Map.entry("Document.phasedTargets", 1),
			Map.entry("Document.addressees", 5), Map.entry("Department.tasks", 6),
			Map.entry("Department.appointments", 1), Map.entry("Department.aliases", 3),
			Map.entry("Company.appointments", 2), Map.entry("ServiceItem.leadDepartments", 4),
			Map.entry("Funding.shares", 7), Map.entry("Task.units", 3), Map.entry("Source.lines", 2),
			Map.entry("EditorialMember.roles", 2), Map.entry("Person.editorialRoles", 2),
			Map.entry("Person.appointments", 3), Map.entry("PhasedTarget.targets", 5), Map.entry("Query.domains", 12),
			Map.entry("Query.issues", 24), Map.entry("Issue.documents", 30), Map.entry("Issue.editorialBoard", 15),
			Map.entry("Query.indicators", 50), Map.entry("Query.serviceItemCounts", 30));

	private QueryCost() {
	}

	/**
	 * A request's cost and each of its root fields', by response key; Long.MAX_VALUE for
	 * one too big to count.
	 */
	record Costs(long total, Map<String, Long> roots) {

		/** A root field's cost, or -1 for a key the request doesn't have. */
		long root(String responseKey) {
			return roots.getOrDefault(responseKey, -1L);
		}

	}

	static Costs of(ExecutableNormalizedOperation operation, GraphQLSchema schema) {
		Map<String, Long> roots = new HashMap<>();
		long total = 0;
		for (ExecutableNormalizedField field : operation.getTopLevelFields()) {
			long cost;
			try {
				cost = cost(field, schema, DEFAULT_PAGE);
			}
			catch (ArithmeticException overflow) {
				cost = Long.MAX_VALUE;
			}
			roots.merge(field.getResultKey(), cost, QueryCost::saturated);
			total = saturated(total, cost);
		}
		return new Costs(total, Map.copyOf(roots));
	}

	/** Costs are never negative, so an overflow can only be upwards. */
	private static long saturated(long a, long b) {
		try {
			return Math.addExact(a, b);
		}
		catch (ArithmeticException overflow) {
			return Long.MAX_VALUE;
		}
	}

	private static long sum(List<ExecutableNormalizedField> fields, GraphQLSchema schema, int page) {
		long total = 0;
		for (ExecutableNormalizedField field : fields) {
			total = Math.addExact(total, cost(field, schema, page));
		}
		return total;
	}

	/**
	 * @param page the page size of the connection this field belongs to, for its
	 * {@code edges}
	 */
	private static long cost(ExecutableNormalizedField field, GraphQLSchema schema, int page) {
		String name = field.getFieldName();
		if (name.startsWith("__")) {
			return 1;
		}
		String coordinate = field.getObjectTypeNames().iterator().next() + "." + name;
		Map<String, Object> arguments = field.getResolvedArguments();
		GraphQLOutputType type = (GraphQLOutputType) GraphQLTypeUtil.unwrapNonNull(field.getType(schema));
		boolean list = type instanceof GraphQLList;
		String typeName = ((GraphQLNamedType) GraphQLTypeUtil.unwrapAll(type)).getName();
		int first = number(arguments.get("first"), -1);
		long items;
		int childPage = page;
		if (typeName.endsWith("Connection")) {
			items = 1;
			childPage = first >= 0 ? first : DEFAULT_PAGE;
		}
		else if (!list) {
			items = 1;
		}
		else if (name.equals("edges")) {
			items = page;
		}
		else if (first >= 0) {
			items = first;
		}
		else {
			items = listSize(coordinate, field.getParent());
		}
		long weight = weight(coordinate, arguments);
		return Math.addExact(weight, Math.multiplyExact(items, sum(field.getChildren(), schema, childPage)));
	}

	private static long weight(String coordinate, Map<String, Object> arguments) {
		return switch (coordinate) {
			case "Query.search" -> SEARCH;
			case "Query.connections" -> (long) PATH_STEP * number(arguments.get("maxLength"), 6);
			case "Query.responsibilityMap" -> MAP[Math.clamp(number(arguments.get("depth"), 1), 1, MAP.length) - 1];
			case "SearchHit.snippet" -> SNIPPET;
			default -> coordinate.startsWith("Query.") ? ROUND_TRIP : 1;
		};
	}

	private static long listSize(String coordinate, ExecutableNormalizedField parent) {
		Map<String, Object> parentArguments = parent == null ? Map.of() : parent.getResolvedArguments();
		return switch (coordinate) {
			// search's own default page
			case "Query.search" -> 10;
			case "Path.nodes", "Path.edges" -> number(parentArguments.get("maxLength"), 6) + 1;
			// 省财政厅, the department with most around it: about 100 nodes at depth 1,
			// 200 at depth 2, the cap of 400 at depth 3; edges about as many
			case "GraphView.nodes", "GraphView.edges" -> switch (number(parentArguments.get("depth"), 1)) {
				case 1 -> 100;
				case 2 -> 200;
				default -> 400;
			};
			default -> LIST_SIZES.getOrDefault(coordinate, DEFAULT_LIST);
		};
	}

	private static int number(Object value, int absent) {
		return value instanceof Number n ? n.intValue() : absent;
	}

}
