package org.policygraph.explore;

import java.util.List;

/**
 * A service item as a spreadsheet row: its leads in order and its funding shares in
 * printed order.
 */
record ServiceItemRow(int no, String name, String domain, List<String> leads, String fundingText, String fundingPattern,
		List<Share> shares) {

	/**
	 * @param payer the API's key (CENTRAL); role likewise (SUBSIDY)
	 */
	record Share(String payer, String role, String locality, String rate) {
	}
}
