package org.policygraph.official;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policygraph.department.Department;
import org.policygraph.department.Organization;
import org.policygraph.document.Document;
import org.policygraph.neo4j.Neo4jReads;
import org.springframework.stereotype.Repository;

/** Batched reads of people and their appointments. */
@Repository
class OfficialRepository {

	private static final String APPOINTMENT_ROW = """
			MATCH (p:Person)-[:HAS_APPOINTMENT]->(a:Appointment)-[:AT]->(o:Organization)
			""";

	private final Neo4jReads reads;

	OfficialRepository(Neo4jReads reads) {
		this.reads = reads;
	}

	Person byName(String name) {
		return reads.single("""
				MATCH (p:Person {name: $name}) RETURN p LIMIT 1
				""", Map.of("name", name), r -> Person.of(r.get("p").asNode()));
	}

	/**
	 * An appointment with its organisation and decision (null if the decision is not in
	 * the graph).
	 */
	record AppointmentWithNeighbours(Appointment appointment, Organization organization, Document decision) {
	}

	record PersonWithAppointments(Person person, List<AppointmentWithNeighbours> appointments) {
	}

	/**
	 * {@link #byName} with the person's appointments, their organisations and decisions
	 * in the same query: one round trip where the batch loaders take three more.
	 */
	PersonWithAppointments byNameWithAppointments(String name) {
		return reads.single("""
				MATCH (p:Person {name: $name})
				WITH p LIMIT 1
				RETURN p, COLLECT {
				  MATCH (p)-[:HAS_APPOINTMENT]->(a:Appointment)-[:AT]->(o:Organization)
				  OPTIONAL MATCH (d:Document {key: a.documentKey})
				  WITH a, o, d ORDER BY a.date, a.documentKey, a.index
				  RETURN {a: a, o: o, d: d}
				} AS appointments
				""", Map.of("name", name), r -> {
			Person person = Person.of(r.get("p").asNode());
			List<AppointmentWithNeighbours> appointments = r.get("appointments").asList(v -> {
				Organization organization = Department.of(v.get("o").asNode());
				return new AppointmentWithNeighbours(
						Appointment.of(v.get("a").asNode(), person.id(), organization.id()), organization,
						v.get("d").isNull() ? null : Document.of(v.get("d").asNode()));
			});
			return new PersonWithAppointments(person, appointments);
		});
	}

	List<String> allNames() {
		return reads.list("MATCH (p:Person) RETURN p.name AS name", Map.of(), r -> r.get("name").asString());
	}

	Map<String, Person> byIds(Collection<String> ids) {
		return reads.list("""
				MATCH (p:Person) WHERE p.id IN $ids RETURN p
				""", Map.of("ids", List.copyOf(ids)), r -> Person.of(r.get("p").asNode()))
			.stream()
			.collect(Collectors.toMap(Person::id, p -> p));
	}

	/**
	 * Appointments of people, organisations or decisions, by the id of whichever the
	 * caller holds.
	 */
	Map<String, List<Appointment>> appointments(Collection<String> ownerIds, Owner owner) {
		return reads.grouped(APPOINTMENT_ROW + owner.where + """
				RETURN %s AS owner, a, p.id AS person, o.id AS organization
				ORDER BY a.date, a.documentKey, a.index
				""".formatted(owner.key), Map.of("ids", List.copyOf(ownerIds)), "owner",
				r -> Appointment.of(r.get("a").asNode(), r.get("person").asString(), r.get("organization").asString()));
	}

	enum Owner {

		PERSON("WHERE p.id IN $ids\n", "p.id"), ORGANIZATION("WHERE o.id IN $ids\n", "o.id"),
		DECISION("MATCH (a)-[:DECIDED_BY]->(d:Document) WHERE d.id IN $ids\n", "d.id");

		private final String where;

		private final String key;

		Owner(String where, String key) {
			this.where = where;
			this.key = key;
		}

	}

	Map<String, List<String>> editorialRoles(Collection<String> personIds) {
		Map<String, List<List<String>>> seats = reads.grouped("""
				MATCH (p:Person)-[r:ON_EDITORIAL_BOARD]->(:Issue) WHERE p.id IN $ids
				RETURN p.id AS id, r.roles AS roles
				""", Map.of("ids", List.copyOf(personIds)), "id", r -> r.get("roles").asList(v -> v.asString()));
		Map<String, List<String>> roles = new java.util.HashMap<>();
		seats.forEach((person, lists) -> roles.put(person, lists.stream().flatMap(List::stream).toList()));
		return roles;
	}

}
