package org.policygraph.bench;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The questions the benchmark asks: the {@code queries/} catalog as our API takes it, the
 * same question in the peer's generated API where it can be put
 * ({@code src/bench/peer/queries/}, same file name), and the hand-written Cypher of
 * {@link RawCypher}. A question with no peer file is one the generated API can't express
 * in one request (cross-type full-text search, shortest paths, neighbourhoods, group-by
 * on a property).
 */
final class Catalog {

	/**
	 * @param name the catalog file's name without {@code .graphql}, e.g.
	 * {@code 01-item-leads}
	 * @param question the file's first line, without {@code #}
	 * @param pointLookup one entity by its key: the questions the latency targets are
	 * about
	 */
	record Question(String name, String question, String ours, String peer, RawCypher.Query raw, boolean pointLookup) {

		String number() {
			return name.substring(0, 2);
		}

		/**
		 * The question as a national store needs it: there 财政厅 names one finance
		 * department per province and 法律援助 an item of every province's list, and both are
		 * refused as names several entities answer to, so the department is named by its
		 * full name and the item by its id, as a client of a national graph would.
		 */
		Question inJilin() {
			Map<String, Object> parameters = new java.util.HashMap<>(raw.parameters());
			parameters.replaceAll((key, value) -> "财政厅".equals(value) ? "吉林省财政厅" : value);
			String cypher = raw.cypher();
			String query = ours.replace("\"财政厅\"", "\"吉林省财政厅\"");
			if (query.contains(LEGAL_AID_BY_NAME)) {
				query = query.replace(LEGAL_AID_BY_NAME, "to: \"" + LEGAL_AID + "\"");
				cypher = cypher.replace("MATCH (n:ServiceItem {name: $to})", "MATCH (n:ServiceItem {id: $to})");
				parameters.put("to", LEGAL_AID);
			}
			return new Question(name, question, query, peer, new RawCypher.Query(cypher, Map.copyOf(parameters)),
					pointLookup);
		}
	}

	/** The item 法律援助 of the gazette's list, which question 12 names by name. */
	static final String LEGAL_AID = "ServiceItem:吉政办发〔2017〕52号#53";

	private static final String LEGAL_AID_BY_NAME = "to: \"法律援助\"";

	/**
	 * serviceItem(no:), document(number:) and department(name:), as the scale target
	 * names them.
	 */
	private static final List<String> POINT_LOOKUPS = List.of("01", "02", "D1");

	/**
	 * department(name:) by itself: the catalog's department question (03) is a profile
	 * whose task list grows with every issue, so the scale run asks for the department
	 * alone as well.
	 */
	static final Question DEPARTMENT_POINT = new Question("D1-department-by-alias",
			"The finance department by the alias 财政厅, nothing nested", """
					query DepartmentByAlias {
					  department(name: "财政厅") { id name fullName englishName aliases }
					}
					""",
			"""
					query DepartmentByAlias {
					  departments(where: { OR: [{ name: { eq: "财政厅" } }, { fullName: { eq: "财政厅" } }, { aliases: { includes: "财政厅" } }] }, sort: [{ name: ASC }], limit: 1) {
					    id name fullName englishName aliases
					  }
					}
					""",
			// the names' index our resolver seeks (V0012), then the predicate on what it
			// finds
			new RawCypher.Query("""
					MATCH (k:DepartmentName {key: $name})
					MATCH (o:Department {id: k.departmentId})
					WHERE o.name = $name OR o.fullName = $name OR $name IN o.aliases
					WITH o ORDER BY o.name LIMIT 1
					RETURN o {.id, .name, .fullName, .englishName, .aliases} AS department
					""", Map.of("name", "财政厅")), true);

	/**
	 * {@code connections} asked for the paths around payers and domains (catalog question
	 * 12 with {@code throughHubs: false}): the search the scale phase watches grow,
	 * beside 12's search through them. The ends are named by id: in a national store 法律援助
	 * names an item of every province's list, which the API refuses as a name several
	 * entities answer to.
	 */
	static final Question CONNECTIONS_AROUND_HUBS = new Question("C1-connections-around-hubs",
			"How is 杜延华 connected to 法律援助, not through payers and domains", """
					query ConnectionsAroundHubs {
					  connections(from: "Person:杜延华", to: "ServiceItem:吉政办发〔2017〕52号#53", throughHubs: false) {
					    length
					    nodes { type label }
					    edges { type label englishLabel }
					  }
					}
					""", null, new RawCypher.Query("""
					MATCH (a:Person {id: $from}), (b:ServiceItem {id: $to})
					MATCH p = ALL SHORTEST (a) (()--(x) WHERE x = b OR NOT (x:Payer OR x:Domain OR x:Issue)){1,6} (b)
					RETURN length(p) AS length, [n IN nodes(p) | {id: n.id, labels: labels(n)}] AS nodes,
					       [r IN relationships(p) | type(r)] AS edges
					LIMIT $first
					""", Map.of("from", "Person:杜延华", "to", "ServiceItem:吉政办发〔2017〕52号#53", "first", 5)), false);

	/** Where a new catalog question's raw Cypher goes. */
	static final String RAW_CYPHER_SOURCE = "src/test/java/org/policygraph/bench/RawCypher.java";

	private Catalog() {
	}

	static List<Question> load(Path projectDir) {
		List<Question> questions = new ArrayList<>();
		try (Stream<Path> files = Files.list(projectDir.resolve("queries"))) {
			for (Path file : files.filter(f -> f.toString().endsWith(".graphql")).sorted().toList()) {
				String name = file.getFileName().toString().replace(".graphql", "");
				String ours = Files.readString(file);
				Path peerFile = projectDir.resolve("src/bench/peer/queries").resolve(file.getFileName());
				String peer = Files.exists(peerFile) ? Files.readString(peerFile) : null;
				RawCypher.Query raw = RawCypher.BY_NUMBER.get(name.substring(0, 2));
				if (raw == null) {
					throw new IllegalStateException(
							"no raw Cypher for catalog query " + file + ": add its hand-written query as entry \""
									+ name.substring(0, 2) + "\" of RawCypher.BY_NUMBER in " + RAW_CYPHER_SOURCE
									+ " (RawCypherIT checks it against our answer)");
				}
				String question = ours.lines().findFirst().orElse("").replaceFirst("^#\\s*", "");
				questions
					.add(new Question(name, question, ours, peer, raw, POINT_LOOKUPS.contains(name.substring(0, 2))));
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		questions.add(DEPARTMENT_POINT);
		questions.add(CONNECTIONS_AROUND_HUBS);
		return List.copyOf(questions);
	}

}
