package org.policygraph.service;

import java.util.ArrayList;
import java.util.List;

import org.neo4j.driver.types.Node;
import org.policygraph.document.Source;
import org.policygraph.funding.FundingEarmark;
import org.policygraph.neo4j.NodeValues;

/**
 * A row of a basic public service list. Domain, funding shares and leads are loaded in
 * batches; the funding's earmarks are the item's own (three lists of the same length on
 * its node, earmarkFunds, earmarkShares, earmarkPurposes, none of them there when it has
 * no earmark; stores written before 2026-12-03 hold empty lists instead).
 */
public record ServiceItem(String id, int no, String name, String targetGroup, String standard, String fundingText,
		String fundingPattern, String documentKey, String sortKey, Source source, List<FundingEarmark> earmarks) {

	public static ServiceItem of(Node node) {
		List<String> funds = NodeValues.strings(node, "earmarkFunds");
		List<String> shares = NodeValues.strings(node, "earmarkShares");
		List<String> purposes = NodeValues.strings(node, "earmarkPurposes");
		List<FundingEarmark> earmarks = new ArrayList<>();
		for (int i = 0; i < Math.min(funds.size(), Math.min(shares.size(), purposes.size())); i++) {
			earmarks.add(new FundingEarmark(funds.get(i), shares.get(i), purposes.get(i)));
		}
		return new ServiceItem(NodeValues.string(node, "id"), NodeValues.integer(node, "no"),
				NodeValues.string(node, "name"), NodeValues.string(node, "targetGroup"),
				NodeValues.string(node, "standard"), NodeValues.string(node, "fundingText"),
				NodeValues.string(node, "fundingPattern"), NodeValues.string(node, "documentKey"),
				NodeValues.string(node, "sortKey"), Source.of(node), List.copyOf(earmarks));
	}
}
