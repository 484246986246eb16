package org.policygraph.service;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.policygraph.service.ServiceItemRepository.Filter;
import org.policygraph.service.ServiceItemRepository.GroupRow;
import org.policygraph.service.ServiceItemRepository.Grouping;
import org.policygraph.support.QueryPlans;
import org.policygraph.support.SeededGraphIT;
import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * serviceItemCounts(by: DOMAIN) without a filter counts from the domains' degrees instead
 * of reading every item; its rows are those of the count over the items, in their order.
 */
class ServiceItemCountsIT extends SeededGraphIT {

	private static final Filter EVERY_ITEM = new Filter(null, null, List.of(), null, null);

	@Autowired
	ServiceItemRepository items;

	@Test
	void theDomainsCountsAreTheItemsCounts() {
		List<GroupRow> fromDomains = items.countBy(Grouping.DOMAIN, EVERY_ITEM);
		assertThat(fromDomains).isNotEmpty().isEqualTo(items.countByItems(Grouping.DOMAIN, EVERY_ITEM));
		assertThat(fromDomains.stream().mapToInt(GroupRow::count).sum()).isEqualTo(
				graphql.<Integer>data("{ serviceItems(first: 1) { totalCount } }", "$.data.serviceItems.totalCount"));
	}

	@Test
	void aFilteredCountStillReadsTheItemsItKeeps() {
		String first = items.countBy(Grouping.FUNDING_PATTERN, EVERY_ITEM).getFirst().key();
		Filter pattern = new Filter(null, null, List.of(), first, null);
		assertThat(items.countBy(Grouping.DOMAIN, pattern)).isEqualTo(items.countByItems(Grouping.DOMAIN, pattern))
			.allSatisfy(row -> assertThat(row.count()).isPositive());
	}

	@Test
	void theUnfilteredCountReadsNoItemOfItsOwn() {
		List<String> operators = QueryPlans.operators(driver, Grouping.DOMAIN.unfiltered(), Map.of());
		assertThat(operators).anyMatch(o -> o.contains("Domain"))
			.anyMatch(o -> o.contains("getDegree((d)<-[:IN_DOMAIN]-())"))
			.noneMatch(o -> o.contains(":ServiceItem") && o.contains("Scan"))
			.noneMatch(o -> o.startsWith("Expand"));
	}

}
