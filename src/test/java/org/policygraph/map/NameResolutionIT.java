package org.policygraph.map;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.policygraph.support.QueryPlans;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The names responsibilityMap and connections resolve (by the resolvers and in the
 * compiled statements, which share MapStatements.resolve) are sought by the departments'
 * name keys, no longer tested against every organisation, and resolve to what the scan
 * resolved them to: every name of every kind in the store, and names that are none.
 */
class NameResolutionIT extends SeededGraphIT {

	/** The resolution as it was, by testing every organisation: the reference. */
	private static final String SCAN = """
			CALL () {
			  MATCH (n:Organization)
			  WHERE n.name = $name OR n.fullName = $name OR $name IN n.aliases OR $name IN n.formerIds
			  RETURN n.id AS id, 1 AS rank
			  UNION
			  MATCH (n:Person {name: $name}) RETURN n.id AS id, 2 AS rank
			  UNION
			  MATCH (n:ServiceItem {name: $name}) RETURN n.id AS id, 3 AS rank
			  UNION
			  MATCH (n:Domain {name: $name}) RETURN n.id AS id, 4 AS rank
			  UNION
			  MATCH (n:Document) WHERE n.number = $name OR n.title = $name RETURN n.id AS id, 5 AS rank
			}
			RETURN id ORDER BY rank, id LIMIT 1
			""";

	@Test
	void aNameIsSoughtByTheDepartmentsKeysAndNoOrganizationIsScanned() {
		Map<String, String> statements = Map.of("idForName", MapRepository.ID_FOR_NAME, "responsibilityMap",
				MapStatements.responsibilityMap(null, 2), "connections",
				MapStatements.connections(null, null, 6, false));
		Map<String, Object> parameters = Map.of("name", "省财政厅", "centre", "省财政厅", "from", "省财政厅", "to", "法律援助", "limit",
				10, "first", 5);
		// the reference shows what the assertions look for
		assertThat(QueryPlans.operators(driver, SCAN, parameters))
			.anyMatch(o -> o.startsWith("NodeByLabelScan") && o.contains(":Organization"));
		statements.forEach((name, cypher) -> {
			List<String> operators = QueryPlans.operators(driver, cypher, parameters);
			assertThat(operators).as(name)
				.anyMatch(o -> o.startsWith("NodeIndexSeek") && o.contains("DepartmentName(key)"))
				.anyMatch(o -> o.startsWith("NodeUniqueIndexSeek") && o.contains("Department(id)"))
				.noneMatch(o -> o.startsWith("NodeByLabelScan")
						&& (o.contains(":Organization") || o.contains(":Department")))
				.noneMatch(o -> o.startsWith("AllNodesScan"));
		});
	}

	@Test
	void everyNameResolvesAsTheScanResolvedIt() {
		Set<String> names = new LinkedHashSet<>(strings("""
				MATCH (n:Organization)
				UNWIND [n.name, n.fullName, n.englishName, toLower(n.englishName)] + coalesce(n.aliases, []) AS name
				RETURN DISTINCT name
				"""));
		names.addAll(strings("MATCH (n:Person) RETURN DISTINCT n.name AS name"));
		names.addAll(strings("MATCH (n:ServiceItem) RETURN DISTINCT n.name AS name"));
		names.addAll(strings("MATCH (n:Domain) RETURN DISTINCT n.name AS name"));
		names.addAll(strings("MATCH (n:Document) UNWIND [n.number, n.title] AS name RETURN DISTINCT name"));
		// and names that may be none: a part of one, another place's, an unknown one,
		// nothing
		names.addAll(List.of("财政厅", "河北省财政厅", "没有这个单位", "", "finance"));
		names.remove(null);
		List<String> resolvedLabels = new ArrayList<>();
		int resolved = 0;
		for (String name : names) {
			String scanned = id(SCAN, name);
			assertThat(id(MapRepository.ID_FOR_NAME, name)).as(name).isEqualTo(scanned);
			if (scanned != null) {
				resolved++;
				resolvedLabels.add(NodeTypes.labelOf(scanned));
			}
		}
		assertThat(resolved).isGreaterThan(100);
		assertThat(resolvedLabels).contains("Department", "Company", "Person", "ServiceItem", "Domain", "Document");
	}

	/**
	 * Why a name needs no test against the former ids: each carries its label, so it is
	 * resolved as an id (MapRepository.currentId) and never as a name.
	 */
	@Test
	void everyFormerIdCarriesItsLabel() {
		List<String> formerIds = strings("MATCH (n:Organization) UNWIND n.formerIds AS name RETURN name");
		assertThat(formerIds).isNotEmpty().allSatisfy(id -> assertThat(MapStatements.labelOf(id)).isNotNull());
	}

	/** Through the API, compiled: the map's centre is the entity the scan resolved. */
	@Test
	void theMapIsCentredOnTheDepartmentTheScanResolved() {
		List<String> names = strings("""
				MATCH (d:Department {fullName: '吉林省财政厅'})
				UNWIND [d.name, d.fullName] + coalesce(d.aliases, []) AS name RETURN name
				""");
		assertThat(names).hasSizeGreaterThan(2);
		for (String name : names) {
			List<Map<String, Object>> nodes = graphql
				.data("{ responsibilityMap(id: \"" + name + "\") { nodes { id } } }", "$.data.responsibilityMap.nodes");
			assertThat(nodes.getFirst().get("id")).as(name).isEqualTo(id(SCAN, name));
		}
	}

	private List<String> strings(String cypher) {
		try (var session = driver.session()) {
			return session.run(cypher).list(r -> r.get("name").asString(null));
		}
	}

	private String id(String cypher, String name) {
		try (var session = driver.session()) {
			var rows = session.run(cypher, Map.of("name", name)).list(r -> r.get("id").asString());
			return rows.isEmpty() ? null : rows.getFirst();
		}
	}

}
