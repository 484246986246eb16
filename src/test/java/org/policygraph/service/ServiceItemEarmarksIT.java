package org.policygraph.service;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An item's earmarks are three lists on its node, written only when the 支出责任 column
 * earmarks a budget: item 36's 基本公共卫生服务经费8%用于卫生监督协管 (line 651) is the one in the 85 of
 * 吉政办发〔2017〕52号. An item without them reads as having none, on every path that reads it.
 */
class ServiceItemEarmarksIT extends SeededGraphIT {

	@Test
	void onlyTheItemWithAnEarmarkHasEarmarkListsOnItsNode() {
		var records = driver.executableQuery("""
				MATCH (s:ServiceItem)-[:LISTED_IN]->(:Document {number: '吉政办发〔2017〕52号'})
				RETURN s.no AS no, s.earmarkFunds AS funds, s.earmarkShares AS shares, s.earmarkPurposes AS purposes,
				       [k IN keys(s) WHERE k STARTS WITH 'earmark'] AS keys
				ORDER BY no
				""").execute().records();
		assertThat(records).hasSize(85);
		assertThat(records.stream().filter(r -> !r.get("keys").asList().isEmpty()).map(r -> r.get("no").asInt()))
			.containsExactly(36);
		var item36 = records.get(35);
		assertThat(item36.get("funds").asList()).containsExactly("基本公共卫生服务经费");
		assertThat(item36.get("shares").asList()).containsExactly("8%");
		assertThat(item36.get("purposes").asList()).containsExactly("卫生监督协管");
	}

	@Test
	void anItemWithoutEarmarksAnswersAnEmptyListOneByOneAndPaged() {
		assertThat(graphql.<List<Object>>data("{ serviceItem(no: 53) { funding { earmarks { fund share purpose } } } }",
				"$.data.serviceItem.funding.earmarks"))
			.isEmpty();
		List<String> purposes = graphql.data(
				"{ serviceItems(first: 100) { edges { node { funding { earmarks { purpose } } } } } }",
				"$.data.serviceItems.edges[*].node.funding.earmarks[*].purpose");
		assertThat(purposes).containsExactly("卫生监督协管");
		assertThat(graphql.<List<Object>>data("{ serviceItems(first: 100) { edges { node { no } } } }",
				"$.data.serviceItems.edges[*].node.no"))
			.hasSize(85);
	}

}
