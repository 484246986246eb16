package org.policygraph.official;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policygraph.graphql.Neo4jReads;
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

	/** Appointments of people, organisations or decisions, by the id of whichever the caller holds. */
	Map<String, List<Appointment>> appointments(Collection<String> ownerIds, Owner owner) {
		return reads.grouped(APPOINTMENT_ROW + owner.where + """
				RETURN %s AS owner, a, p.id AS person, o.id AS organization
				ORDER BY a.date, a.documentKey, a.index
				""".formatted(owner.key), Map.of("ids", List.copyOf(ownerIds)), "owner",
				r -> Appointment.of(r.get("a").asNode(), r.get("person").asString(), r.get("organization").asString()));
	}

	enum Owner {

		PERSON("WHERE p.id IN $ids\n", "p.id"),
		ORGANIZATION("WHERE o.id IN $ids\n", "o.id"),
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
