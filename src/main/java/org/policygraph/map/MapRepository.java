package org.policygraph.map;

import java.util.List;
import java.util.Map;

import org.neo4j.driver.Record;
import org.neo4j.driver.Value;
import org.policygraph.map.GraphView.Path;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.neo4j.Params;
import org.springframework.stereotype.Repository;

/**
 * Reads nodes by id, paths between nodes and the neighbourhoods that make responsibility
 * maps.
 */
@Repository
class MapRepository {

	/**
	 * Hubs a map stops at: going through them would connect everything to everything. A
	 * generic party (其他有关部门) is a different set of departments in every task it is named
	 * in, so a path through it connects nothing (connections don't follow ASSIGNED_TO).
	 */
	static final String NOT_THROUGH_HUBS = """
			all(n IN nodes(p)[1..-1] WHERE NOT (n:Payer OR n:Domain OR n:Issue OR n:Document OR n:GenericParty))
			""";

	private final Neo4jReads reads;

	MapRepository(Neo4jReads reads) {
		this.reads = reads;
	}

	Object node(String label, String id) {
		// The label comes from NodeTypes' fixed list; the id is a parameter. An
		// organisation also answers to the id it had before organisations were scoped
		// (Department:省财政厅 is 吉林省's), a scan of the organisations only when the id
		// is not current.
		String match = ORGANIZATION_LABELS.contains(label) ? """
				CALL () {
				  OPTIONAL MATCH (current:%1$s {id: $id})
				  WITH current
				  OPTIONAL MATCH (former:%1$s) WHERE current IS NULL AND $id IN former.formerIds
				  RETURN coalesce(current, former) AS n
				}
				WITH n WHERE n IS NOT NULL""".formatted(label) : "MATCH (n:%s {id: $id})".formatted(label);
		return reads.single(match + """

				OPTIONAL MATCH (p:Person)-[:HAS_APPOINTMENT]->(n)-[:AT]->(o:Organization)
				RETURN n, p.id AS person, o.id AS organization
				""", Map.of("id", id),
				r -> NodeTypes.toRecord(r.get("n").asNode(),
						r.get("person").isNull() ? null : r.get("person").asString(),
						r.get("organization").isNull() ? null : r.get("organization").asString()));
	}

	static final java.util.Set<String> ORGANIZATION_LABELS = java.util.Set.of("Department", "Company");

	/** The current id of an organisation given by a former one; other ids as they are. */
	String currentId(String id) {
		String label = NodeTypes.labelOf(id);
		if (!ORGANIZATION_LABELS.contains(label)) {
			return id;
		}
		String current = reads.single(currentIdOf(label), Map.of("id", id), r -> r.get("id").asString());
		return current == null ? id : current;
	}

	/** The organisation an id of this label names, a former id before a current one. */
	static String currentIdOf(String label) {
		return MapStatements.resolve("id", label, "n") + "RETURN n.id AS id";
	}

	/**
	 * The entities a user may mean by a name: a department or company, a person, an item,
	 * a domain or a document, those of the name's best rank
	 * ({@link MapStatements#named}).
	 */
	Named named(String name) {
		return reads.single(NAMED, Map.of("name", name, "shown", Named.SHOWN),
				r -> new Named(r.get("count").asInt(), r.get("ids").asList(Value::asString)));
	}

	/** The name resolved as the compiled maps resolve it. */
	static final String NAMED = MapStatements.named("name") + """
			  RETURN size(best) AS count, [n IN best[0..$shown] | n.id] AS ids
			""";

	/**
	 * @param count how many entities answer to the name at its best rank
	 * @param ids the first {@link #SHOWN} of their ids
	 */
	record Named(int count, List<String> ids) {

		static final int SHOWN = 10;

	}

	List<String> nameCandidates() {
		return reads.list("""
				CALL () {
				  MATCH (n:Organization) RETURN n.name AS name
				  UNION MATCH (n:Person) RETURN n.name AS name
				  UNION MATCH (n:ServiceItem) RETURN n.name AS name
				  UNION MATCH (n:Domain) RETURN n.name AS name
				}
				RETURN name
				""", Map.of(), r -> r.get("name").asString());
	}

	/**
	 * The relationships a connection may follow: every link between the facts, none to an
	 * issue (an issue publishes everything in it, so a path through one connects anything
	 * to anything). Naming the types instead of filtering the path's nodes leaves no
	 * predicate that the search can't check step by step, so Neo4j never falls back to
	 * trying every path (which ran until the timeout).
	 */
	static final String CONNECTION_TYPES = """
			LEADS|FUNDED_BY|RESPONSIBLE_FOR|IN_DOMAIN|LISTED_IN|IN_DOCUMENT|CITES|INTERPRETS|HAS_ANNEX|HAS_APPOINTMENT|\
			AT|DECIDED_BY""";

	/**
	 * The shortest paths from {@code a} to {@code b} up to a length (a validated small
	 * integer: Cypher can't take it as a parameter). Without hubs, payers and domains are
	 * passed through by no path, as on a map: each is linked to every item of its kind in
	 * every list, so through one everything connects to everything, and a search for a
	 * path that isn't there would visit every item of the store before it gave up. The
	 * condition is on each step, which the search checks as it goes.
	 */
	static String connecting(int maxLength, boolean throughHubs) {
		String step = throughHubs ? "" : " WHERE x = b OR NOT (x:Payer OR x:Domain)";
		return """
				MATCH p = ALL SHORTEST (a) (()-[:%s]-(x)%s){1,%d} (b)
				RETURN p LIMIT $first""".formatted(CONNECTION_TYPES, step, maxLength);
	}

	/** {@link #connecting} between two nodes given by label and id. */
	List<Path> shortestPaths(String fromLabel, String fromId, String toLabel, String toId, int maxLength,
			boolean throughHubs, int first) {
		return reads.list("""
				MATCH (a:%s {id: $from}), (b:%s {id: $to})
				%s
				""".formatted(fromLabel, toLabel, connecting(maxLength, throughHubs)),
				Params.of("from", fromId, "to", toId, "first", first), MapRepository::toPath);
	}

	GraphView neighbourhood(String label, String id, int depth, int maxNodes) {
		List<Map<String, Object>> rows = reads.list(
				"MATCH (c:%s {id: $id})\n".formatted(label) + MapStatements.neighbourhood(depth),
				Map.of("id", id, "limit", maxNodes * 4), Record::asMap);
		return rows.isEmpty() ? new GraphView(List.of(), List.of()) : MapStatements.view(rows.getFirst(), maxNodes);
	}

	private static Path toPath(Record record) {
		return toPath(record.get("p"));
	}

	private static Path toPath(org.neo4j.driver.Value value) {
		return MapStatements.path(value.asPath());
	}

}
