package org.policygraph.compile;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.SelectedField;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.IdentifiableElement;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.StatementBuilder;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.policygraph.compile.FieldRead.Hop;
import org.policygraph.compile.FieldRead.Paged;
import org.policygraph.compile.FieldRead.Related;
import org.policygraph.compile.FieldRead.Same;
import org.policygraph.compile.FieldRead.Scope;
import org.policygraph.compile.FieldRead.Value;
import org.policygraph.compile.FieldRead.Zipped;

/**
 * Turns a merged selection (aliases, fragments and {@code @include}/{@code @skip} already
 * applied by graphql-java) into one map projection per object, keyed by response key,
 * with a {@code COLLECT {}} subquery per nested list and a {@code COUNT {}} beside each
 * page.
 */
final class SelectionCompiler {

	private final GraphTypes types;

	SelectionCompiler(GraphTypes types) {
		this.types = types;
	}

	/** A field the compiler doesn't know: the root field goes to its resolvers. */
	static final class Unsupported extends RuntimeException {

		Unsupported(String why) {
			super(why, null, false, false);
		}

	}

	/**
	 * A nested page's arguments, found again in each request's selection by field path.
	 */
	record PageArguments(String parameter, String fieldPath) {
	}

	/** One statement's names and the nested pages whose arguments it takes. */
	static final class Context {

		final Names names = new Names();

		final List<PageArguments> pages = new ArrayList<>();

		/**
		 * Where the fields being compiled are, from the root field: a nested selection
		 * set names its fields from itself, the request's from the root.
		 */
		String path = "";

		String path(SelectedField field) {
			return path.isEmpty() ? field.getFullyQualifiedName() : path + "/" + field.getFullyQualifiedName();
		}

	}

	record Projection(Expression map, Shape.Row shape) {
	}

	Projection object(String type, Scope scope, List<SelectedField> fields, Context context) {
		List<Object> entries = new ArrayList<>();
		Map<String, Shape> shapes = new LinkedHashMap<>();
		Map<String, FieldRead> reads = new LinkedHashMap<>();
		if (GraphTypes.isAbstract(type)) {
			entries.add(Shape.Row.TYPE_KEY);
			entries.add(GraphTypes.typeName(scope));
		}
		for (SelectedField field : fields) {
			if (field.getName().startsWith("__")) {
				continue;
			}
			FieldRead read = read(type, field);
			String key = field.getResultKey();
			FieldRead earlier = reads.putIfAbsent(key, read);
			if (earlier != null) {
				// the same scalar asked on two types of an interface reads one value
				if (earlier == read && read instanceof Value) {
					continue;
				}
				throw new Unsupported(key + " is asked twice with different selections");
			}
			entries.add(key);
			switch (read) {
				case Value value -> {
					entries.add(value.read().apply(scope));
					shapes.put(key, new Shape.Scalar());
				}
				case Same same -> {
					Projection nested = within(context, context.path(field),
							() -> object(same.type(), same.scope().apply(scope), immediate(field), context));
					entries.add(same.present() == null ? nested.map()
							: Cypher.caseExpression().when(same.present().apply(scope)).then(nested.map()));
					shapes.put(key, nested.shape());
				}
				case Related related -> {
					Hop hop = related.hop().apply(scope, context.names);
					Projection nested = within(context, context.path(field),
							() -> object(related.type(), hop.inner(), immediate(field), context));
					Expression list = Cypher.collect(ordered(hop, context.names).returning(nested.map()).build());
					entries.add(related.many() ? list : Cypher.head(list));
					shapes.put(key, related.many() ? new Shape.Many(nested.shape()) : nested.shape());
				}
				case Paged paged -> {
					String parameter = context.names.parameter();
					context.pages.add(new PageArguments(parameter, context.path(field)));
					Hop hop = paged.hop().apply(scope, context.names);
					Projection node = within(context, context.path(field) + "/" + nodePath(immediate(field)),
							() -> object(paged.type(), hop.inner(), nodeFields(field), context));
					entries.add(page(hop, paged.sortKey().apply(hop.inner()), node.map(), parameter, paged.distinct(),
							paged.total() == null ? null : paged.total().apply(scope)));
					shapes.put(key, new Shape.Paged(node.shape(), parameter));
				}
				case Zipped zipped -> {
					SymbolicName index = context.names.variable();
					Projection element = within(context, context.path(field), () -> object(zipped.type(),
							new Scope(scope.node(), Map.of(Zipped.INDEX, index)), immediate(field), context));
					entries.add(zip(zipped, scope, index, element.map()));
					shapes.put(key, new Shape.Many(element.shape()));
				}
			}
		}
		return new Projection(Cypher.mapOf(entries.toArray()),
				new Shape.Row(GraphTypes.isAbstract(type) ? null : type, shapes));
	}

	/**
	 * {@code {total: COUNT {…}, rows: COLLECT {… ORDER BY sortKey LIMIT $fetch}}}, the
	 * rows after the cursor and one more than the page, as the page loaders read them.
	 * @param cheaper the same count as the page's subquery, read another way, or null
	 */
	static Expression page(Hop hop, Expression sortKey, Expression node, String parameter, boolean distinct,
			Expression cheaper) {
		Parameter<Object> after = Cypher.parameter(parameter + "after");
		Condition afterCursor = after.isNull().or(sortKey.gt(after));
		var counted = matching(hop, hop.where());
		Expression total = cheaper != null ? cheaper : Cypher
			.count((distinct ? counted.returningDistinct(hop.inner().node()) : counted.returning(hop.inner().node()))
				.build());
		var matched = matching(hop, hop.where() == null ? afterCursor : hop.where().and(afterCursor));
		Statement rows = (distinct ? matched.withDistinct(carried(hop)) : matched.with(carried(hop)))
			.orderBy(sortKey.ascending())
			.limit(Cypher.parameter(parameter + "fetch"))
			.returning(Cypher.mapOf("sortKey", sortKey, "node", node))
			.build();
		return Cypher.mapOf("total", total, "rows", Cypher.collect(rows));
	}

	/**
	 * {@code [i IN range(0, size(first) - 1) WHERE i < size(each other) | element]}, a
	 * missing list being an empty one.
	 */
	static Expression zip(Zipped zipped, Scope scope, SymbolicName index, Expression element) {
		List<Expression> sizes = zipped.lists()
			.stream()
			.<Expression>map(list -> Cypher.size(Cypher.coalesce(Cypher.property(scope.node(), list), Cypher.listOf())))
			.toList();
		var indices = Cypher.listWith(index)
			.in(Cypher.range(Cypher.literalOf(0), sizes.getFirst().subtract(Cypher.literalOf(1))));
		Condition shorter = null;
		for (Expression size : sizes.subList(1, sizes.size())) {
			Condition within = index.lt(size);
			shorter = shorter == null ? within : shorter.and(within);
		}
		return (shorter == null ? indices : indices.where(shorter)).returning(element);
	}

	private static Projection within(Context context, String path, java.util.function.Supplier<Projection> nested) {
		String outer = context.path;
		context.path = path;
		try {
			return nested.get();
		}
		finally {
			context.path = outer;
		}
	}

	/**
	 * The path from a connection to its nodes ({@code XConnection.edges/XEdge.node}), the
	 * same under any alias.
	 */
	static String nodePath(List<SelectedField> connection) {
		for (SelectedField field : connection) {
			if (field.getName().equals("edges")) {
				for (SelectedField edge : immediate(field)) {
					if (edge.getName().equals("node")) {
						return field.getFullyQualifiedName() + "/" + edge.getFullyQualifiedName();
					}
				}
			}
		}
		return "";
	}

	static StatementBuilder.OngoingReading matching(Hop hop, Condition where) {
		var match = Cypher.match(hop.patterns());
		return where == null ? match : match.where(where);
	}

	private static org.neo4j.cypherdsl.core.ExposesReturning ordered(Hop hop, Names names) {
		StatementBuilder.OngoingReading match = matching(hop, hop.where());
		if (hop.first() != null) {
			// a name of its own: a nested subquery must not redeclare an outer one
			SymbolicName first = names.variable();
			List<Object> carried = new ArrayList<>(List.of(carried(hop)));
			carried.add(Cypher.min(hop.first()).as(first));
			List<org.neo4j.cypherdsl.core.SortItem> order = new ArrayList<>();
			order.add(first.ascending());
			order.addAll(hop.order());
			return match.with(carried.toArray(IdentifiableElement[]::new)).orderBy(order);
		}
		if (hop.order().isEmpty()) {
			return match;
		}
		return match.with(carried(hop)).orderBy(hop.order());
	}

	private static IdentifiableElement[] carried(Hop hop) {
		return hop.inner().all().toArray(IdentifiableElement[]::new);
	}

	/**
	 * The field's read, the same on every type it is asked on (a field of an interface
	 * may be asked of several).
	 */
	private FieldRead read(String type, SelectedField field) {
		List<String> on = GraphTypes.isAbstract(type) ? field.getObjectTypeNames() : List.of(type);
		FieldRead read = null;
		for (String concrete : on) {
			FieldRead each = types.field(concrete, field.getName());
			if (each == null || (read != null && read != each)) {
				throw new Unsupported(concrete + "." + field.getName());
			}
			read = each;
		}
		if (read == null) {
			throw new Unsupported(type + "." + field.getName());
		}
		return read;
	}

	private static List<SelectedField> immediate(SelectedField field) {
		return field.getSelectionSet().getImmediateFields();
	}

	/**
	 * The node fields of a connection ({@code edges { node { … } } }, under any aliases);
	 * the connection's own fields are the Connection record's, answered by graphql-java.
	 */
	static List<SelectedField> nodeFields(SelectedField connection) {
		return nodeFields(immediate(connection));
	}

	static List<SelectedField> nodeFields(List<SelectedField> connection) {
		List<SelectedField> nodes = new ArrayList<>();
		for (SelectedField field : connection) {
			switch (field.getName()) {
				case "edges" -> {
					for (SelectedField edge : immediate(field)) {
						if (edge.getName().equals("node")) {
							nodes.addAll(immediate(edge));
						}
						else if (!edge.getName().equals("cursor") && !edge.getName().startsWith("__")) {
							throw new Unsupported("edges." + edge.getName());
						}
					}
				}
				case "totalCount", "pageInfo", "__typename" -> {
				}
				default -> throw new Unsupported("connection field " + field.getName());
			}
		}
		return nodes;
	}

}
