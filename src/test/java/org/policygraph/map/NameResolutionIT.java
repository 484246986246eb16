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

	/**
	 * The resolution as it was, by testing every organisation, and the first id of the
	 * best rank picked: the reference for names one entity answers to.
	 */
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

	/**
	 * Every entity of the best rank, by testing every organisation: the reference for
	 * what {@link MapRepository#named} finds.
	 */
	private static final String EVERY_CANDIDATE = """
			CALL () {
			  MATCH (n:Organization)
			  WHERE n.name = $name OR n.fullName = $name OR $name IN n.aliases
			  RETURN n.id AS id, CASE WHEN n.fullName = $name THEN 0 ELSE 1 END AS rank
			  UNION
			  MATCH (n:Person {name: $name}) RETURN n.id AS id, 2 AS rank
			  UNION
			  MATCH (n:ServiceItem {name: $name}) RETURN n.id AS id, 3 AS rank
			  UNION
			  MATCH (n:Domain {name: $name}) RETURN n.id AS id, 4 AS rank
			  UNION
			  MATCH (n:Document) WHERE n.number = $name OR n.title = $name RETURN n.id AS id, 5 AS rank
			}
			WITH id, rank ORDER BY rank, id
			WITH collect(id) AS ids, collect(rank) AS ranks
			RETURN [i IN range(0, size(ids) - 1) WHERE ranks[i] = ranks[0] | ids[i]] AS ids
			""";

	@Test
	void aNameIsSoughtByTheDepartmentsKeysAndNoOrganizationIsScanned() {
		Map<String, String> statements = Map.of("named", MapRepository.NAMED, "responsibilityMap",
				MapStatements.responsibilityMap(null, 2), "connections",
				MapStatements.connections(null, null, 6, false));
		Map<String, Object> parameters = Map.of("name", "省财政厅", "centre", "省财政厅", "from", "省财政厅", "to", "法律援助", "limit",
				10, "first", 5, "shown", 10);
		// the reference shows what the assertions look for
		assertThat(QueryPlans.operators(driver, SCAN, parameters))
			.anyMatch(o -> o.startsWith("NodeByLabelScan") && o.contains(":Organization"));
		assertNoOrganizationScan(statements, parameters);
	}

	@Test
	void aFormerIdIsSoughtByItsNameAndNoOrganizationIsScanned() {
		Map<String, String> statements = Map.of("currentId", MapRepository.currentIdOf("Department"),
				"responsibilityMap", MapStatements.responsibilityMap("Department", 2), "connections",
				MapStatements.connections("Department", "Company", 6, false));
		Map<String, Object> parameters = Map.of("id", "Department:省财政厅", "centre", "Department:省财政厅", "from",
				"Department:省财政厅", "to", "Company:吉林银行", "limit", 10, "first", 5);
		assertThat(QueryPlans.operators(driver, reference("Department"), parameters))
			.anyMatch(o -> o.startsWith("NodeByLabelScan") && o.contains(":Organization"));
		assertNoOrganizationScan(statements, parameters);
	}

	private void assertNoOrganizationScan(Map<String, String> statements, Map<String, Object> parameters) {
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
		List<String> ambiguous = new ArrayList<>();
		int resolved = 0;
		for (String name : names) {
			List<String> candidates = ids(EVERY_CANDIDATE, name);
			MapRepository.Named named = named(name);
			assertThat(named.ids()).as(name).isEqualTo(candidates.stream().limit(MapRepository.Named.SHOWN).toList());
			assertThat(named.count()).as(name).isEqualTo(candidates.size());
			if (candidates.size() == 1) {
				resolved++;
				resolvedLabels.add(NodeTypes.labelOf(candidates.getFirst()));
				// one entity of its kind, or a full name that another organisation has
				// as a short name or alias: what the scan picked, or the full name's
				String scanned = id(SCAN, name);
				assertThat(candidates.getFirst()).as(name)
					.satisfiesAnyOf(id -> assertThat(id).isEqualTo(scanned),
							id -> assertThat(
									strings("MATCH (n:Organization {id: '" + id + "'}) RETURN n.fullName AS name"))
								.containsExactly(name));
			}
			else if (candidates.size() > 1) {
				ambiguous.add(name + " " + candidates);
			}
		}
		assertThat(resolved).isGreaterThan(100);
		assertThat(resolvedLabels).contains("Department", "Company", "Person", "ServiceItem", "Domain", "Document");
		// the gazette prints four appointment decisions under one title
		assertThat(ambiguous).containsExactly("吉林省人民政府人事任免 [Document:吉政干任〔2017〕37号, Document:吉政干任〔2017〕38号, "
				+ "Document:吉政干任〔2017〕39号, Document:吉政干任〔2017〕40号]");
	}

	/**
	 * A name several entities answer to is refused with their ids, by the compiled
	 * statements and the resolvers alike, and each of them can be asked for by its id.
	 */
	@Test
	void aNameSeveralEntitiesAnswerToIsRefusedWithTheirIds() {
		String title = "吉林省人民政府人事任免";
		for (String query : List.of("{ responsibilityMap(id: \"" + title + "\") { nodes { id } } }",
				"{ connections(from: \"" + title + "\", to: \"杜延华\") { length } }",
				"{ connections(from: \"杜延华\", to: \"" + title + "\", throughHubs: false) { length } }")) {
			var response = graphql.post(query);
			assertThat(response.<Object>read("$.data")).as(query).isNull();
			assertThat(response.<String>read("$.errors[0].extensions.classification")).as(query)
				.isEqualTo("BAD_REQUEST");
			assertThat(response.<String>read("$.errors[0].message")).as(query)
				.isEqualTo("\"吉林省人民政府人事任免\" names 4 entities: Document:吉政干任〔2017〕37号, Document:吉政干任〔2017〕38号, "
						+ "Document:吉政干任〔2017〕39号, Document:吉政干任〔2017〕40号; give one by its id, e.g. "
						+ "\"Document:吉政干任〔2017〕37号\"");
		}
		for (String number : List.of("37", "38", "39", "40")) {
			String id = "Document:吉政干任〔2017〕" + number + "号";
			List<Map<String, Object>> nodes = graphql.data("{ responsibilityMap(id: \"" + id + "\") { nodes { id } } }",
					"$.data.responsibilityMap.nodes");
			assertThat(nodes.getFirst().get("id")).isEqualTo(id);
			assertThat(graphql.<List<Object>>data("{ connections(from: \"" + id + "\", to: \"杜延华\") { length } }",
					"$.data.connections"))
				.as(id)
				.isNotNull();
		}
	}

	private MapRepository.Named named(String name) {
		try (var session = driver.session()) {
			var row = session.run(MapRepository.NAMED, Map.of("name", name, "shown", MapRepository.Named.SHOWN))
				.single();
			return new MapRepository.Named(row.get("count").asInt(), row.get("ids").asList(v -> v.asString()));
		}
	}

	private List<String> ids(String cypher, String name) {
		try (var session = driver.session()) {
			return session.run(cypher, Map.of("name", name)).single().get("ids").asList(v -> v.asString());
		}
	}

	/**
	 * Why a name needs no test against the former ids, and why a former id is sought by
	 * the name after its label: each is its organisation's label and name, as the ids
	 * were before organisations were scoped.
	 */
	@Test
	void everyFormerIdIsItsOrganisationsLabelAndName() {
		try (var session = driver.session()) {
			List<List<String>> formerIds = session.run("""
					MATCH (n:Organization) UNWIND n.formerIds AS former
					RETURN former, CASE WHEN n:Company THEN 'Company:' ELSE 'Department:' END + n.name AS own
					""").list(r -> List.of(r.get("former").asString(), r.get("own").asString()));
			assertThat(formerIds).isNotEmpty().allSatisfy(pair -> {
				assertThat(MapStatements.labelOf(pair.get(0))).isNotNull();
				assertThat(pair.get(0)).isEqualTo(pair.get(1));
			});
		}
	}

	@Test
	void everyOrganisationIdResolvesAsTheScanResolvedIt() {
		Set<String> ids = new LinkedHashSet<>(strings("MATCH (n:Organization) RETURN n.id AS name"));
		ids.addAll(strings("MATCH (n:Organization) UNWIND n.formerIds AS name RETURN DISTINCT name"));
		ids.addAll(strings("""
				MATCH (n:Organization) UNWIND coalesce(n.aliases, []) AS alias
				RETURN DISTINCT CASE WHEN n:Company THEN 'Company:' ELSE 'Department:' END + alias AS name
				"""));
		ids.addAll(List.of("Department:没有这个单位", "Company:没有这个单位", "Department:", "Company:省财政厅"));
		int former = 0;
		for (String id : ids) {
			String label = MapStatements.labelOf(id);
			String scanned = id(reference(label), "id", id);
			assertThat(id(MapRepository.currentIdOf(label), "id", id)).as(id).isEqualTo(scanned);
			former += scanned != null && !scanned.equals(id) ? 1 : 0;
		}
		assertThat(former).isGreaterThan(10);
	}

	/**
	 * The resolution of an organisation's id as it was, by testing every organisation.
	 */
	private static String reference(String label) {
		return """
				CALL () {
				  CALL () {
				    MATCH (n:Organization) WHERE $id IN n.formerIds RETURN n, 0 AS rank
				    UNION
				    MATCH (n:%s {id: $id}) RETURN n, 1 AS rank
				  }
				  RETURN n ORDER BY rank, n.id LIMIT 1
				}
				RETURN n.id AS id
				""".formatted(label);
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
		return id(cypher, "name", name);
	}

	private String id(String cypher, String parameter, String value) {
		try (var session = driver.session()) {
			var rows = session.run(cypher, Map.of(parameter, value)).list(r -> r.get("id").asString());
			return rows.isEmpty() ? null : rows.getFirst();
		}
	}

}
