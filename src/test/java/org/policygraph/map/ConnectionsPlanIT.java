package org.policygraph.map;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.QueryPlans;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What keeps {@code connections} from growing with the store, read from the plans: the
 * names are resolved by index seeks (an item or document by name was a scan of every item
 * and document, twice per request), and, asked to, the search checks at each step that it
 * doesn't pass through a payer or a domain.
 */
class ConnectionsPlanIT extends SeededGraphIT {

	@Test
	void namesAreSoughtInIndexesAndTheSearchAvoidsTheHubs() {
		String cypher = MapStatements.connections(null, null, 6, false);
		List<String> operators = QueryPlans.operators(driver, cypher, Map.of("from", "杜延华", "to", "法律援助", "first", 5));
		assertThat(operators).noneMatch(o -> o.startsWith("NodeByLabelScan") && (o.contains(":ServiceItem")
				|| o.contains(":Document") || o.contains(":Person") || o.contains(":Domain")));
		assertThat(operators).anyMatch(o -> o.contains("service_item_name") || o.contains("ServiceItem(name)"));
		assertThat(operators).anyMatch(o -> o.contains("Document(title)") || o.contains("document_title"));
		assertThat(operators).filteredOn(o -> o.contains("SHORTEST") || o.contains("ShortestPath"))
			.isNotEmpty()
			.allMatch(o -> o.contains("Payer") && o.contains("Domain"));
	}

	@Test
	void pathsGoThroughPayersAndDomainsUnlessAskedNotTo() {
		String ask = "{ connections(from: \"免费义务教育\", to: \"法律援助\", first: 20%s) { length nodes { type } } }";
		List<Map<String, Object>> through = graphql.data(ask.formatted(""), "$.data.connections");
		List<Map<String, Object>> around = graphql.data(ask.formatted(", throughHubs: false"), "$.data.connections");
		assertThat(through).anySatisfy(path -> assertThat(inner(path)).containsAnyOf("Payer", "Domain"));
		assertThat(around).isNotEmpty().allSatisfy(path -> assertThat(inner(path)).doesNotContain("Payer", "Domain"));
	}

	@SuppressWarnings("unchecked")
	private static List<Object> inner(Map<String, Object> path) {
		List<Map<String, Object>> nodes = (List<Map<String, Object>>) path.get("nodes");
		return nodes.subList(1, nodes.size() - 1).stream().map(node -> node.get("type")).toList();
	}

	@Test
	void anEntityWithoutAShortPathIsAnsweredWithNone() {
		assertThat(graphql.<List<?>>data("{ connections(from: \"于亮\", to: \"法律援助\", maxLength: 2) { length } }",
				"$.data.connections"))
			.isEmpty();
	}

}
