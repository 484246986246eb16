package org.policygraph.task;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.department.Department;
import org.policygraph.graphql.Neo4jReads;
import org.springframework.stereotype.Repository;

/** Batched reads of tasks: by department, by document, and their units. */
@Repository
class TaskRepository {

	private final Neo4jReads reads;

	TaskRepository(Neo4jReads reads) {
		this.reads = reads;
	}

	Map<String, List<Department>> units(Collection<String> taskIds) {
		Map<String, List<Department>> result = new HashMap<>();
		reads.list("""
				MATCH (o:Department)-[r:RESPONSIBLE_FOR]->(t:Task) WHERE t.id IN $ids
				RETURN t.id AS id, o ORDER BY r.order
				""", Map.of("ids", List.copyOf(taskIds)), r -> result
			.computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>())
			.add(Department.department(r.get("o").asNode())));
		return result;
	}

	Map<String, List<Task>> tasksOfDepartments(Collection<String> departmentIds) {
		Map<String, List<Task>> result = new HashMap<>();
		reads.list("""
				MATCH (o:Organization)-[:RESPONSIBLE_FOR]->(t:Task) WHERE o.id IN $ids
				RETURN o.id AS id, t ORDER BY t.documentKey, t.srcFrom
				""", Map.of("ids", List.copyOf(departmentIds)), r -> result
			.computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>())
			.add(Task.of(r.get("t").asNode())));
		return result;
	}

	Map<String, List<Task>> tasksOfDocuments(Collection<String> documentIds) {
		Map<String, List<Task>> result = new HashMap<>();
		reads.list("""
				MATCH (t:Task)-[:IN_DOCUMENT]->(d:Document) WHERE d.id IN $ids
				RETURN d.id AS id, t ORDER BY t.srcFrom
				""", Map.of("ids", List.copyOf(documentIds)), r -> result
			.computeIfAbsent(r.get("id").asString(), k -> new ArrayList<>())
			.add(Task.of(r.get("t").asNode())));
		return result;
	}
}
