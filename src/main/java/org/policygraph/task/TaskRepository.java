package org.policygraph.task;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.policygraph.department.Department;
import org.policygraph.neo4j.Neo4jReads;
import org.springframework.stereotype.Repository;

/** Batched reads of tasks: by department, by document, and their units. */
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

}
