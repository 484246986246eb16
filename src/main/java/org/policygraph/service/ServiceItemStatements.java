package org.policygraph.service;

import java.util.Map;

/**
 * The statements of the service item counts that the compiler (compile.Roots) answers
 * serviceItemCounts with: the resolver's own, so both answer alike.
 */
public final class ServiceItemStatements {

	private ServiceItemStatements() {
	}

	/**
	 * What serviceItemCounts(by:) without a filter runs; its rows are
	 * {@code key, english, count}, in the answer's order.
	 * @param grouping a ServiceItemGrouping's name
	 */
	public static String countsOfEveryItem(String grouping) {
		return ServiceItemRepository.countsOfEveryItem(ServiceItemRepository.Grouping.valueOf(grouping));
	}

	/** Its parameters. */
	public static Map<String, Object> countsOfEveryItemParameters() {
		return ServiceItemRepository.EVERY_ITEM.params();
	}

}
