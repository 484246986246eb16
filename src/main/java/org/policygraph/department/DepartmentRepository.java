package org.policygraph.department;

import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policygraph.graphql.BadRequestException;
import org.policygraph.graphql.ClosestNames;
import org.policygraph.graphql.Connection;
import org.policygraph.graphql.NotFoundException;
import org.policygraph.graphql.Page;
import org.policygraph.jurisdiction.JurisdictionRepository;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.neo4j.Params;
import org.springframework.stereotype.Repository;

/**
 * Finds organisations by any of their names and ranks departments by the work they carry.
 */
@Repository
public class DepartmentRepository {

	private final Neo4jReads reads;

	private final JurisdictionRepository jurisdictions;

	DepartmentRepository(Neo4jReads reads, JurisdictionRepository jurisdictions) {
		this.reads = reads;
		this.jurisdictions = jurisdictions;
	}

	/** Every name a user might type, mapped to the canonical name to suggest. */
	public Map<String, String> allNames() {
		Map<String, String> names = new HashMap<>();
		reads.list("""
				MATCH (o:Organization)
				RETURN o.name AS name, [n IN [o.fullName, o.englishName] + o.aliases WHERE n IS NOT NULL] AS others
				""", Map.of(), r -> {
			String canonical = r.get("name").asString();
			names.put(canonical, canonical);
			r.get("others").asList(v -> v.asString()).forEach(other -> names.putIfAbsent(other, canonical));
			return canonical;
		});
		return names;
	}

	/**
	 * The departments named {@code $name} by name, full name, alias or English name in
	 * any letter case, as {@code o}: a seek of the names' index (DepartmentNames) at any
	 * number of departments, then the same test on the few it finds. The seek is hinted:
	 * on a store of a few departments the planner may prefer scanning them, whose cost
	 * grows with the store (DepartmentLookupIT).
	 */
	static final String BY_ANY_NAME = """
			MATCH (k:DepartmentName) USING INDEX SEEK k:DepartmentName(key)
			WHERE k.key IN [$name, toLower($name)]
			WITH DISTINCT k.departmentId AS departmentId
			MATCH (o:Department {id: departmentId})
			WHERE o.name = $name OR o.fullName = $name OR $name IN o.aliases OR toLower(o.englishName) = toLower($name)
			WITH o
			""";

	/**
	 * The department a user means by any of its names, in a jurisdiction when one is
	 * given (a name, short name or code). A name that several departments answer to (the
	 * 省财政厅 of 吉林省 and of 河南省) is refused with the candidates, never picked.
	 * @throws NotFoundException with the closest names when none matches
	 * @throws BadRequestException listing the candidates by full name and jurisdiction
	 */
	public Department resolveDepartment(String name, String jurisdiction) {
		if (name == null || name.isBlank()) {
			throw new BadRequestException("a department name must not be empty, e.g. 省财政厅");
		}
		String key = name.strip();
		String code = jurisdiction == null ? null : jurisdictions.resolve(jurisdiction).code();
		record Candidate(Department department, String place) {
		}
		List<Candidate> candidates = reads.list(BY_ANY_NAME + """
				WHERE $code IS NULL OR o.jurisdictionCode = $code
				OPTIONAL MATCH (j:Jurisdiction {code: o.jurisdictionCode})
				RETURN o, j.name AS place ORDER BY o.fullName
				""", Params.of("name", key, "code", code),
				r -> new Candidate(Department.department(r.get("o").asNode()), r.get("place").asString("")));
		List<Candidate> byFullName = candidates.stream().filter(c -> key.equals(c.department().fullName())).toList();
		List<Candidate> meant = byFullName.size() == 1 ? byFullName : candidates;
		if (meant.size() == 1) {
			return meant.getFirst().department();
		}
		if (meant.isEmpty()) {
			throw new NotFoundException("department", name, ClosestNames.closest(key, allNames(), 3));
		}
		throw new BadRequestException("\"" + key + "\" names " + meant.size() + " departments: "
				+ meant.stream()
					.map(c -> c.department().fullName() + " (" + c.place() + ")")
					.collect(Collectors.joining(", "))
				+ "; say which with jurisdiction, e.g. jurisdiction: \"" + meant.getFirst().place() + "\"");
	}

	public Map<String, Organization> byIds(Collection<String> ids) {
		return reads.list("""
				MATCH (o:Organization) WHERE o.id IN $ids RETURN o
				""", Map.of("ids", List.copyOf(ids)), r -> Department.of(r.get("o").asNode()))
			.stream()
			.collect(Collectors.toMap(Organization::id, o -> o));
	}

	public record Workload(int itemsLed, int tasks) {
	}

	public Map<String, Workload> workloads(Collection<String> ids) {
		return reads
			.list("""
					MATCH (o:Organization) WHERE o.id IN $ids
					RETURN o.id AS id, COUNT { (o)-[:LEADS]->(:ServiceItem) } AS items,
					       COUNT { (o)-[:RESPONSIBLE_FOR]->(:Task) } AS tasks
					""", Map.of("ids", List.copyOf(ids)),
					r -> Map.entry(r.get("id").asString(),
							new Workload(r.get("items").asInt(), r.get("tasks").asInt())))
			.stream()
			.collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
	}

	/**
	 * Departments ranked by a workload measure. The sort key is zero-padded so that
	 * keyset cursors keep the ranking's order: most work first, then by name.
	 */
	public Connection<Department> ranked(DepartmentOrder order, Page page) {
		var result = reads.single(
				"""
						CALL () { MATCH (d:Department) RETURN count(d) AS total }
						CALL () {
						  MATCH (d:Department)
						  WITH d, COUNT { (d)-[:LEADS]->(:ServiceItem) } AS items, COUNT { (d)-[:RESPONSIBLE_FOR]->(:Task) } AS tasks
						  WITH d, CASE $order
						      WHEN 'ITEMS_LED' THEN right('000000' + toString(999999 - items), 6) + right('000000' + toString(999999 - tasks), 6)
						      WHEN 'TASKS' THEN right('000000' + toString(999999 - tasks), 6) + right('000000' + toString(999999 - items), 6)
						      ELSE '' END + '|' + d.name AS sortKey
						  WHERE $after IS NULL OR sortKey > $after
						  WITH d, sortKey ORDER BY sortKey LIMIT $fetch
						  RETURN collect({node: d, sortKey: sortKey}) AS rows
						}
						RETURN total, rows
						""",
				Params.of("order", order.name(), "after", page.after(), "fetch", page.fetch()),
				r -> Map.entry(r.get("total").asInt(),
						r.get("rows")
							.asList(v -> Map.entry(v.get("sortKey").asString(),
									Department.department(v.get("node").asNode())))));
		List<Map.Entry<String, Department>> rows = result.getValue();
		Map<Department, String> keys = rows.stream()
			.collect(Collectors.toMap(Map.Entry::getValue, Map.Entry::getKey, (a, b) -> a));
		return Connection.of(rows.stream().map(Map.Entry::getValue).toList(), page, result.getKey(), keys::get);
	}

	public enum DepartmentOrder {

		ITEMS_LED, TASKS, NAME

	}

}
