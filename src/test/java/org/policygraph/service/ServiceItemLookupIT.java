package org.policygraph.service;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.support.QueryPlans;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * serviceItem(no:) is a seek whatever the number of lists: every list of a national store
 * has an item 53, and a lookup that found them all and sorted them grew with the store.
 * The plans are read from the database, so a planner that stops using the index fails
 * here rather than in a benchmark.
 */
class ServiceItemLookupIT extends SeededGraphIT {

	@Test
	void theDefaultListsItemIsTheFirstEntryOfTheIndexInListOrder() {
		List<String> operators = QueryPlans.operators(driver, ServiceItemRepository.withNo(null) + "RETURN s",
				Map.of("no", 53));
		assertThat(operators).anyMatch(o -> o.startsWith("NodeIndexSeek") && o.contains("(no, sortKey)"))
			.anyMatch(o -> o.startsWith("Limit"))
			.noneMatch(o -> o.startsWith("Top") || o.startsWith("Sort") || o.contains("Scan"));
	}

	@Test
	void anItemOfANamedDocumentIsOneSeek() {
		List<String> operators = QueryPlans.operators(driver,
				ServiceItemRepository.withNo("吉政办发〔2017〕52号") + "RETURN s",
				Map.of("no", 53, "document", "吉政办发〔2017〕52号"));
		assertThat(operators).anyMatch(o -> o.startsWith("NodeIndexSeek") && o.contains("(documentKey, no)"))
			.noneMatch(o -> o.contains("Scan"));
	}

	@Test
	void theAnswersStayTheSame() {
		assertThat(graphql.<String>data("{ serviceItem(no: 53) { name } }", "$.data.serviceItem.name"))
			.isEqualTo("法律援助");
		assertThat(graphql.<String>data("{ serviceItem(no: 53, document: \"吉政办发[2017]52号\") { name } }",
				"$.data.serviceItem.name"))
			.isEqualTo("法律援助");
		assertThat(graphql.<String>data("{ serviceItem(no: 53) { name leadDepartments { name } } }",
				"$.data.serviceItem.leadDepartments[0].name"))
			.isEqualTo("省司法厅");
		// an item of another document is not the default list's
		assertThat(graphql.post("{ serviceItem(no: 53, document: \"吉政办发〔2017〕55号\") { name } }")
			.<String>read("$.errors[0].extensions.classification")).isEqualTo("NOT_FOUND");
	}

}
