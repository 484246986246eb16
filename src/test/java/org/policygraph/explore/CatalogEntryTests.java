package org.policygraph.explore;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class CatalogEntryTests {

	@Test
	void theQuestionIsTheFirstCommentLineAndTheQueryKeepsIt() {
		String text = """
				# Journalist: which bureaus lead free compulsory education (item 1 of the service list)?
				query ItemLeads {
				  serviceItem(no: 1) { name }
				}
				""";
		CatalogEntry entry = CatalogEntry.of("01-item-leads.graphql", text);
		assertThat(entry.question())
			.isEqualTo("Journalist: which bureaus lead free compulsory education (item 1 of the service list)?");
		assertThat(entry.operation()).isEqualTo("ItemLeads");
		assertThat(entry.query()).isEqualTo(text);
	}

	@Test
	void theBuiltInCatalogHasAQuestionForEveryQuery() {
		assertThat(CatalogController.load()).hasSizeGreaterThanOrEqualTo(23)
			.allSatisfy(e -> assertThat(e.question()).isNotBlank())
			.first()
			.extracting(CatalogEntry::file)
			.isEqualTo("01-item-leads.graphql");
	}

}
