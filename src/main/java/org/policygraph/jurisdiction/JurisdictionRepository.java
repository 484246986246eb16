package org.policygraph.jurisdiction;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policygraph.graphql.BadRequestException;
import org.policygraph.graphql.ClosestNames;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.graphql.NotFoundException;
import org.policygraph.neo4j.Params;
import org.springframework.stereotype.Repository;

/** Reads divisions from the graph, by any of their names and along the tree. */
@Repository
public class JurisdictionRepository {

	private static final int MAX_SUGGESTED_LENGTH = 40;

	private final Neo4jReads reads;

	JurisdictionRepository(Neo4jReads reads) {
		this.reads = reads;
	}

	/**
	 * The one division a user means by name, short name or code.
	 * @throws BadRequestException listing the candidates when the name is several
	 * @throws NotFoundException with the closest names when it is none
	 */
	public Jurisdiction resolve(String name) {
		String key = name == null ? "" : name.strip();
		if (key.isEmpty()) {
			throw new BadRequestException("a jurisdiction name must not be empty, e.g. 吉林省, 吉林, 220000 or 四平");
		}
		record Candidate(Jurisdiction jurisdiction, String parentName) {
		}
		// No index serves membership in a list property; the label holds a few thousand
		// divisions, which Neo4j scans in about a millisecond.
		List<Candidate> candidates = reads.list("""
				MATCH (j:Jurisdiction)
				WHERE j.name = $key OR j.code = $key OR $key IN j.shortNames
				OPTIONAL MATCH (j)-[:PART_OF]->(p:Jurisdiction)
				RETURN j, p.name AS parent
				""", Map.of("key", key),
				r -> new Candidate(Jurisdiction.of(r.get("j").asNode()), r.get("parent").asString(null)));
		List<Jurisdiction> meant = JurisdictionTable.preferred(key,
				candidates.stream().map(Candidate::jurisdiction).toList());
		if (meant.size() == 1) {
			return meant.getFirst();
		}
		if (meant.isEmpty()) {
			// No division's name is longer than a dozen characters: a longer one is not a
			// typo worth comparing with every name in the country.
			throw new NotFoundException("jurisdiction", key,
					key.length() > MAX_SUGGESTED_LENGTH ? List.of() : ClosestNames.closest(key, allNames(), 3));
		}
		Map<Jurisdiction, String> parents = candidates.stream()
			.collect(Collectors.toMap(Candidate::jurisdiction, c -> c.parentName() == null ? "" : c.parentName(),
					(a, b) -> a));
		throw new BadRequestException("\"" + key + "\" names " + meant.size() + " jurisdictions: "
				+ meant.stream()
					.sorted(java.util.Comparator.comparing(Jurisdiction::code))
					.map(j -> parents.get(j) + j.name() + " (" + j.code() + ")")
					.collect(Collectors.joining(", "))
				+ "; ask by code or by the name with its parent's");
	}

	private Map<String, String> allNames() {
		Map<String, String> names = new HashMap<>();
		reads.list("""
				MATCH (j:Jurisdiction) RETURN j.name AS name, j.shortNames AS shortNames
				""", Map.of(), r -> {
			String canonical = r.get("name").asString();
			names.putIfAbsent(canonical, canonical);
			r.get("shortNames").asList(v -> v.asString()).forEach(s -> names.putIfAbsent(s, canonical));
			return canonical;
		});
		return names;
	}

	/** Divisions by code order, filtered by level and by their direct parent's code. */
	public List<Jurisdiction> list(JurisdictionLevel level, String parentCode) {
		return reads.list("""
				MATCH (j:Jurisdiction)
				WHERE ($level IS NULL OR j.level = $level) AND ($parent IS NULL OR j.parentCode = $parent)
				RETURN j ORDER BY j.code
				""", Params.of("level", level == null ? null : level.name(), "parent", parentCode),
				r -> Jurisdiction.of(r.get("j").asNode()));
	}

	public Map<String, Jurisdiction> byCodes(Collection<String> codes) {
		return reads.list("""
				MATCH (j:Jurisdiction) WHERE j.code IN $codes RETURN j
				""", Map.of("codes", List.copyOf(codes)), r -> Jurisdiction.of(r.get("j").asNode()))
			.stream()
			.collect(Collectors.toMap(Jurisdiction::code, j -> j));
	}

	public Map<String, List<Jurisdiction>> children(Collection<String> codes) {
		return reads.grouped("""
				MATCH (j:Jurisdiction) WHERE j.parentCode IN $codes
				RETURN j.parentCode AS parent, j ORDER BY j.code
				""", Map.of("codes", List.copyOf(codes)), "parent", r -> Jurisdiction.of(r.get("j").asNode()));
	}

}
