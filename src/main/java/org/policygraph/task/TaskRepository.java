package org.policygraph.task;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.department.Department;
import org.policygraph.graphql.Connection;
import org.policygraph.graphql.Page;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.neo4j.Params;
import org.springframework.stereotype.Repository;

/**
 * Batched reads of tasks: by department, by document (listed or paged), and their units.
 */
@Repository
class TaskRepository {

	private final Neo4jReads reads;

	TaskRepository(Neo4jReads reads) {
		this.reads = reads;
	}

	Map<String, List<Department>> units(Collection<String> taskIds) {
		return reads.grouped("""
				MATCH (o:Department)-[r:RESPONSIBLE_FOR]->(t:Task) WHERE t.id IN $ids
				RETURN t.id AS id, o ORDER BY r.order
				""", Map.of("ids", List.copyOf(taskIds)), "id", r -> Department.department(r.get("o").asNode()));
	}

	/**
	 * Every unit of each task with its role, in printed order: departments
	 * RESPONSIBLE_FOR it, generic parties ASSIGNED_TO it (no department query sees them).
	 */
	Map<String, List<TaskAssignment>> assignments(Collection<String> taskIds) {
		return reads.grouped("""
				MATCH (u)-[r:RESPONSIBLE_FOR|ASSIGNED_TO]->(t:Task) WHERE t.id IN $ids
				RETURN t.id AS id, u, r.role AS role ORDER BY r.position
				""", Map.of("ids", List.copyOf(taskIds)), "id",
				r -> new TaskAssignment(Department.of(r.get("u").asNode()), r.get("role").asString()));
	}

	Map<String, List<Task>> tasksOfParties(Collection<String> partyIds) {
		return reads.grouped("""
				MATCH (g:GenericParty)-[:ASSIGNED_TO]->(t:Task) WHERE g.id IN $ids
				RETURN g.id AS id, t ORDER BY t.documentKey, t.srcFrom
				""", Map.of("ids", List.copyOf(partyIds)), "id", r -> Task.of(r.get("t").asNode()));
	}

	Map<String, List<Task>> tasksOfDepartments(Collection<String> departmentIds) {
		return reads.grouped("""
				MATCH (o:Organization)-[:RESPONSIBLE_FOR]->(t:Task) WHERE o.id IN $ids
				RETURN o.id AS id, t ORDER BY t.documentKey, t.srcFrom
				""", Map.of("ids", List.copyOf(departmentIds)), "id", r -> Task.of(r.get("t").asNode()));
	}

	Map<String, List<Task>> tasksOfDocuments(Collection<String> documentIds) {
		return reads.grouped("""
				MATCH (t:Task)-[:IN_DOCUMENT]->(d:Document) WHERE d.id IN $ids
				RETURN d.id AS id, t ORDER BY t.srcFrom
				""", Map.of("ids", List.copyOf(documentIds)), "id", r -> Task.of(r.get("t").asNode()));
	}

	/**
	 * Whose tasks a page lists: a department (or company) responsible for them, or their
	 * document.
	 */
	enum Owner {

		DEPARTMENT("(:Organization {id: k.owner})-[:RESPONSIBLE_FOR]->(t:Task)"),
		DOCUMENT("(t:Task)-[:IN_DOCUMENT]->(:Document {id: k.owner})");

		private final String pattern;

		Owner(String pattern) {
			this.pattern = pattern;
		}

	}

	/** One owner's page of tasks. */
	record OwnerPage(Owner owner, String ownerId, Page page) {
	}

	/**
	 * Tasks of one document, then by printed line, then by id (two tasks may share a
	 * line): the lists' order, made total so that a cursor never skips or repeats. The
	 * line is zero-padded so the key compares as a string; Cypher builds the same key.
	 */
	static String sortKey(Task task) {
		return task.documentKey() + SEPARATOR + "%09d".formatted(task.source().lines().getFirst()) + SEPARATOR
				+ task.id();
	}

	/** Below every printable character, so a shorter document key sorts first. */
	private static final char SEPARATOR = 0x1f;

	/** {@link #sortKey} in Cypher. */
	private static final String SORT_KEY = """
			t.documentKey + '\\u001f' + right('00000000' + toString(t.srcFrom), 9) + '\\u001f' + t.id""";

	/** One query for all task pages of one kind of owner in a response level. */
	Map<OwnerPage, Connection<Task>> pages(Owner owner, List<OwnerPage> keys) {
		List<Map<String, Object>> params = keys.stream()
			.map(k -> Params.of("owner", k.ownerId(), "after", k.page().after(), "fetch", k.page().fetch()))
			.toList();
		List<Map.Entry<Integer, List<Task>>> rows = reads.list("""
				UNWIND range(0, size($keys) - 1) AS i
				WITH i, $keys[i] AS k
				CALL (k) { MATCH %s RETURN count(DISTINCT t) AS total }
				CALL (k) {
				  // OPTIONAL: with nothing after the cursor, MATCH … collect() gives no row at all
				  OPTIONAL MATCH %s WHERE k.after IS NULL OR %s > k.after
				  WITH DISTINCT t, %s AS key ORDER BY key
				  RETURN collect(t) AS tasks
				}
				// LIMIT can't vary per row; a slice can
				RETURN i, total, tasks[0..k.fetch] AS tasks ORDER BY i
				""".formatted(owner.pattern, owner.pattern, SORT_KEY, SORT_KEY), Map.of("keys", params),
				r -> Map.entry(r.get("total").asInt(), r.get("tasks").asList(v -> Task.of(v.asNode()))));
		Map<OwnerPage, Connection<Task>> result = new HashMap<>();
		for (int i = 0; i < keys.size(); i++) {
			OwnerPage key = keys.get(i);
			result.put(key,
					Connection.of(rows.get(i).getValue(), key.page(), rows.get(i).getKey(), TaskRepository::sortKey));
		}
		return result;
	}

}
