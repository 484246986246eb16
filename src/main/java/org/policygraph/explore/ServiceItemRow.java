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
	 * @param scope the part of the service the clause pays for, or null
	 * @param condition the condition the clause applies under, or null
	 */
	record Share(String payer, String role, String locality, String rate, String scope, String condition) {

		Share(String payer, String role, String locality, String rate) {
			this(payer, role, locality, rate, null, null);
		}

	}
}
