package org.policygraph.succession;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.neo4j.driver.Record;
import org.policygraph.department.Department;
import org.policygraph.neo4j.NodeValues;
import org.policygraph.neo4j.Neo4jReads;
import org.springframework.stereotype.Repository;

/**
 * Batched reads of successions and of who holds a body's functions today. "Today" follows
 * {@code SUCCEEDED_BY} from a body through bodies that ended to the first one that still
 * exists; a body that still exists is its own current body.
 */
@Repository
public class SuccessionRepository {

	/**
	 * The chain condition, shared by every "today" query: every body before the last one
	 * ended, the last one did not. The reference data refuses longer chains than
	 * {@link Successions#MAX_CHAIN}.
	 */
	private static final String TODAY = """
			MATCH path = (o)-[:SUCCEEDED_BY*0..%d]->(c:Department)
			WHERE c.dissolved IS NULL AND all(n IN nodes(path)[..-1] WHERE n.dissolved = true)
			""".formatted(Successions.MAX_CHAIN);

	private final Neo4jReads reads;

	SuccessionRepository(Neo4jReads reads) {
		this.reads = reads;
	}

	Map<String, List<Succession>> successors(Collection<String> ids) {
		return reads.grouped("""
				MATCH (a:Department)-[s:SUCCEEDED_BY]->(b:Department) WHERE a.id IN $ids
				RETURN a.id AS id, a, s, b ORDER BY s.line
				""", Map.of("ids", List.copyOf(ids)), "id", SuccessionRepository::succession);
	}

	Map<String, List<Succession>> predecessors(Collection<String> ids) {
		return reads.grouped("""
				MATCH (a:Department)-[s:SUCCEEDED_BY]->(b:Department) WHERE b.id IN $ids
				RETURN b.id AS id, a, s, b ORDER BY s.line
				""", Map.of("ids", List.copyOf(ids)), "id", SuccessionRepository::succession);
	}

	/** Today's bodies for each organisation, by id. */
	Map<String, List<Department>> current(Collection<String> ids) {
		return distinct(reads.grouped("""
				MATCH (o:Organization) WHERE o.id IN $ids
				%s
				RETURN o.id AS id, c ORDER BY length(path), c.name
				""".formatted(TODAY), Map.of("ids", List.copyOf(ids)), "id",
				r -> Department.department(r.get("c").asNode())));
	}

	/** Today's bodies for the printed leads of each service item, in the leads' order. */
	public Map<String, List<Department>> currentLeadsOfItems(Collection<String> itemIds) {
		return distinct(reads.grouped("""
				MATCH (o:Department)-[l:LEADS]->(s:ServiceItem) WHERE s.id IN $ids
				%s
				RETURN s.id AS id, c ORDER BY l.order, length(path), c.name
				""".formatted(TODAY), Map.of("ids", List.copyOf(itemIds)), "id",
				r -> Department.department(r.get("c").asNode())));
	}

	/** Today's bodies for the printed units of each task, in the units' order. */
	public Map<String, List<Department>> currentUnitsOfTasks(Collection<String> taskIds) {
		return distinct(reads.grouped("""
				MATCH (o:Department)-[u:RESPONSIBLE_FOR]->(t:Task) WHERE t.id IN $ids
				%s
				RETURN t.id AS id, c ORDER BY u.order, length(path), c.name
				""".formatted(TODAY), Map.of("ids", List.copyOf(taskIds)), "id",
				r -> Department.department(r.get("c").asNode())));
	}

	private static Succession succession(Record r) {
		var s = r.get("s").asRelationship();
		return new Succession(Department.department(r.get("a").asNode()), Department.department(r.get("b").asNode()),
				SuccessionKind.valueOf(NodeValues.string(s, "kind")), NodeValues.date(s, "on"),
				NodeValues.string(s, "source"));
	}

	/**
	 * Two printed leads can lead to the same body today (two bureaus merged into one).
	 */
	private static Map<String, List<Department>> distinct(Map<String, List<Department>> grouped) {
		Map<String, List<Department>> result = new LinkedHashMap<>();
		grouped.forEach((id, list) -> {
			Set<Department> unique = new LinkedHashSet<>(list);
			result.put(id, List.copyOf(unique));
		});
		return result;
	}

}
