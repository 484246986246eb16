package org.policygraph.compile;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.neo4j.cypherdsl.core.renderer.Renderer;
import org.neo4j.driver.Transaction;
import org.policygraph.compile.FieldRead.Scope;
import org.policygraph.compile.FieldRead.Value;
import org.policygraph.compile.FieldRead.Zipped;
import org.policygraph.document.Issue;
import org.policygraph.funding.FundingEarmark;
import org.policygraph.service.ServiceItem;
import org.policygraph.support.SeededGraphIT;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Funding.earmarks and Issue.contacts compiled against their records' mappers on nodes
 * the catalog doesn't have (created in a transaction that is rolled back): lists of
 * different lengths give as many objects as the shortest, a missing list none, in the
 * lists' order. The catalog's nodes have lists of one length, or none.
 */
class ZippedListsIT extends SeededGraphIT {

	private final GraphTypes types = new GraphTypes();

	@Test
	void earmarksAreZippedAsTheItemsMapperZipsThem() {
		List<Map<String, Object>> nodes = List.of(
				Map.of("earmarkFunds", List.of("基本公共卫生服务经费", "就业补助资金"), "earmarkShares", List.of("8%", "10%"),
						"earmarkPurposes", List.of("卫生监督协管", "职业培训")),
				Map.of("earmarkFunds", List.of("甲", "乙", "丙"), "earmarkShares", List.of("1%", "2%"), "earmarkPurposes",
						List.of("一", "二", "三")),
				Map.of("earmarkFunds", List.of("甲"), "earmarkPurposes", List.of("一")), Map.of());
		for (Map<String, Object> properties : nodes) {
			Zipped earmarks = (Zipped) types.field("Funding", "earmarks");
			Compared compared = compare(properties, earmarks, List.of("fund", "share", "purpose"));
			List<FundingEarmark> compiled = compared.zipped()
				.stream()
				.map(m -> new FundingEarmark((String) m.get("fund"), (String) m.get("share"),
						(String) m.get("purpose")))
				.toList();
			assertThat(compiled).as(properties.toString()).isEqualTo(ServiceItem.of(compared.node()).earmarks());
		}
	}

	@Test
	void contactsAreZippedAsTheIssuesMapperZipsThem() {
		List<Map<String, Object>> nodes = List.of(
				Map.of("contactLabels", List.of("地址", "邮编"), "contactValues", List.of("长春市新发路329号", "130051")),
				Map.of("contactLabels", List.of("地址", "邮编"), "contactValues", List.of("长春市新发路329号")),
				Map.of("contactValues", List.of("130051")), Map.of());
		for (Map<String, Object> properties : nodes) {
			Zipped contacts = (Zipped) types.field("Issue", "contacts");
			Compared compared = compare(properties, contacts, List.of("label", "value"));
			List<Issue.Contact> compiled = compared.zipped()
				.stream()
				.map(m -> new Issue.Contact((String) m.get("label"), (String) m.get("value")))
				.toList();
			assertThat(compiled).as(properties.toString()).isEqualTo(Issue.of(compared.node()).contacts());
		}
	}

	private record Compared(org.neo4j.driver.types.Node node, List<Map<String, Object>> zipped) {
	}

	/** The node made of the properties, and the zipped field's objects read from it. */
	private Compared compare(Map<String, Object> properties, Zipped zipped, List<String> fields) {
		SymbolicName owner = Cypher.name("v0");
		SymbolicName index = Cypher.name("v1");
		Scope element = new Scope(owner, Map.of(Zipped.INDEX, index));
		List<Object> entries = new ArrayList<>();
		for (String field : fields) {
			entries.add(field);
			entries.add(((Value) types.field(zipped.type(), field)).read().apply(element));
		}
		Expression list = SelectionCompiler.zip(zipped, new Scope(owner), index, Cypher.mapOf(entries.toArray()));
		Node node = Cypher.node("ZippedScratch").named(owner);
		String cypher = Renderer.getDefaultRenderer()
			.render(Cypher.create(node)
				.set(node, Cypher.parameter("properties"))
				.returning(node.getRequiredSymbolicName(), list.as("zipped"))
				.build());
		try (var session = driver.session(); Transaction tx = session.beginTransaction()) {
			var row = tx.run(cypher, Map.of("properties", properties)).single();
			Compared compared = new Compared(row.get("v0").asNode(), row.get("zipped").asList(v -> v.asMap()));
			tx.rollback();
			return compared;
		}
	}

}
