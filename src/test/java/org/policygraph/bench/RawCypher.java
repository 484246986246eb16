package org.policygraph.bench;

import java.util.List;
import java.util.Map;

/**
 * The floor under any GraphQL layer: each catalog question answered by one hand-written
 * Cypher query that returns the whole answer (nested lists built in the database). The
 * writer knows the graph, so names are already canonical (吉政办发〔2017〕52号, not the []
 * variant) and the kind of every named thing is known.
 */
final class RawCypher {

	record Query(String cypher, Map<String, Object> parameters) {
	}

	private RawCypher() {
	}

	/**
	 * By the catalog file's number (01 … 35): a file in {@code queries/} without its
	 * entry here stops {@link Catalog#load}, and RawCypherIT compares each entry's facts
	 * with our answer to the same question.
	 */
	static final Map<String, Query> BY_NUMBER = Map.ofEntries(Map.entry("01", new Query("""
			MATCH (s:ServiceItem {no: $no})
			WITH s ORDER BY s.sortKey LIMIT 1
			RETURN s.name AS name,
			       COLLECT { MATCH (s)-[:IN_DOMAIN]->(d:Domain) RETURN d {.name, .englishName} } AS domain,
			       COLLECT { MATCH (o:Department)-[l:LEADS]->(s) WITH o, l ORDER BY l.order
			                 RETURN o {.name, .englishName} } AS leadDepartments,
			       [s.srcFrom, s.srcTo] AS lines, s.srcText AS text
			""", Map.of("no", 1))), Map.entry("02", new Query("""
			MATCH (d:Document {number: $number})
			WITH d ORDER BY d.citedOnly LIMIT 1
			RETURN d {.number, .title, .kind, .issuedOn, .issuer} AS document,
			       COLLECT { MATCH (d)-[:HAS_ANNEX]->(a:Annex) WITH a ORDER BY a.no RETURN a {.no, .title} } AS annexes,
			       COLLECT { MATCH (d)-[c:CITES]->(o:Document) WITH c, o ORDER BY c.srcFrom, o.id
			                 RETURN o {.number, .title, .citedOnly} } AS cites
			""", Map.of("number", "吉政办发〔2017〕52号"))), Map.entry("03", new Query("""
			MATCH (o:Department) WHERE o.name = $name OR o.fullName = $name OR $name IN o.aliases
			WITH o ORDER BY o.name LIMIT 1
			RETURN o {.id, .name, .fullName, .englishName, .aliases} AS department,
			       COUNT { (o)-[:LEADS]->(:ServiceItem) } AS itemsLedCount,
			       COUNT { (o)-[:RESPONSIBLE_FOR]->(:Task) } AS taskCount,
			       COLLECT { MATCH (o)-[:LEADS]->(s:ServiceItem) WITH s ORDER BY s.sortKey LIMIT 6
			                 RETURN s {.no, .name, .sortKey} } AS leads,
			       COLLECT { MATCH (o)-[:RESPONSIBLE_FOR]->(t:Task)-[:IN_DOCUMENT]->(doc:Document)
			                 WITH t, doc ORDER BY t.documentKey, t.srcFrom
			                 RETURN t {.title, .kind, document: doc.number} } AS tasks
			""", Map.of("name", "财政厅"))), Map.entry("04", new Query("""
			CALL () {
			  MATCH (s:ServiceItem)
			  WHERE EXISTS { (s)-[f:FUNDED_BY]->(:Payer {code: $first}) WHERE f.role = $firstRole }
			    AND EXISTS { (s)-[f:FUNDED_BY]->(:Payer {code: $second}) WHERE f.role = $secondRole }
			  RETURN count(s) AS totalCount
			}
			MATCH (s:ServiceItem)
			WHERE EXISTS { (s)-[f:FUNDED_BY]->(:Payer {code: $first}) WHERE f.role = $firstRole }
			  AND EXISTS { (s)-[f:FUNDED_BY]->(:Payer {code: $second}) WHERE f.role = $secondRole }
			WITH totalCount, s ORDER BY s.sortKey LIMIT 101
			RETURN totalCount, s {.no, .name, .fundingPattern, .sortKey} AS item
			""", Map.of("first", "CENTRAL", "firstRole", "SUBSIDY", "second", "COUNTY", "secondRole", "RESPONSIBLE"))),
			Map.entry("05",
					new Query(
							"""
									MATCH (d:Domain)
									RETURN d.name AS key, d.englishName AS englishName, COUNT { (d)<-[:IN_DOMAIN]-(:ServiceItem) } AS count
									ORDER BY d.order, d.name
									""",
							Map.of())),
			Map.entry("06", new Query("""
					MATCH (o:Organization)-[:LEADS]->(s:ServiceItem)
					RETURN o.name AS key, o.englishName AS englishName, count(DISTINCT s) AS count
					ORDER BY count DESC, key
					""", Map.of())), Map.entry("07", new Query("""
					MATCH (s:ServiceItem)
					RETURN s.fundingPattern AS key, count(*) AS count
					ORDER BY count DESC, key
					""", Map.of())),
			Map.entry("08",
					new Query(
							"""
									MATCH (d:Department)
									WITH d, COUNT { (d)-[:LEADS]->(:ServiceItem) } AS items, COUNT { (d)-[:RESPONSIBLE_FOR]->(:Task) } AS tasks
									ORDER BY items DESC, tasks DESC, d.name
									WITH collect(d {.name, .englishName, itemsLedCount: items, taskCount: tasks}) AS ranked
									RETURN size(ranked) AS totalCount, ranked[0..$first] AS departments
									""",
							Map.of("first", 10))),
			Map.entry("09", new Query("""
					MATCH (p:Person {name: $name})
					WITH p LIMIT 1
					RETURN p.name AS name,
					       COLLECT { MATCH (p)-[:HAS_APPOINTMENT]->(a:Appointment)-[:AT]->(o:Organization)
					                 MATCH (a)-[:DECIDED_BY]->(d:Document)
					                 WITH a, o, d ORDER BY a.date, a.documentKey, a.index
					                 RETURN a {.action, .post, .date, organization: o.name, decision: d.number,
					                           lines: [a.srcFrom, a.srcTo], text: a.srcText} } AS appointments
					""", Map.of("name", "杜延华"))),
			Map.entry("10",
					new Query(
							"""
									MATCH (d:Document {number: $number})
									WITH d ORDER BY d.citedOnly LIMIT 1
									RETURN d {.number, .title, .citedOnly} AS document,
									       COLLECT { MATCH (d)<-[:CITES]-(o:Document) WITH o ORDER BY o.id RETURN o {.number, .title, .kind} } AS citedBy
									""",
							Map.of("number", "国办发〔2016〕71号"))),
			Map.entry("11", new Query("""
					CALL db.index.fulltext.queryNodes('search_text', $text, {limit: $first}) YIELD node, score
					RETURN score, node.id AS id, labels(node) AS labels, node.no AS no, node.name AS name,
					       node.searchText AS searchText, [node.srcFrom, node.srcTo] AS lines
					ORDER BY score DESC, id
					""", Map.of("text", "法律援助", "first", 5))), Map.entry("12", new Query("""
					CALL () { MATCH (n:Person {name: $from}) RETURN n AS a ORDER BY n.id LIMIT 1 }
					CALL () { MATCH (n:ServiceItem {name: $to}) RETURN n AS b ORDER BY n.id LIMIT 1 }
					MATCH p = allShortestPaths((a)-[*..6]-(b))
					WHERE all(n IN nodes(p)[1..-1] WHERE NOT n:Issue)
					RETURN length(p) AS length, [n IN nodes(p) | {id: n.id, labels: labels(n)}] AS nodes,
					       [r IN relationships(p) | type(r)] AS edges
					LIMIT $first
					""", Map.of("from", "杜延华", "to", "法律援助", "first", 5))), Map.entry("13", new Query("""
					MATCH (c:Department {id: $id})
					OPTIONAL MATCH p = (c)-[*1..2]-(x)
					WHERE all(n IN nodes(p)[1..-1] WHERE NOT (n:Payer OR n:Domain OR n:Issue OR n:Document))
					RETURN [n IN nodes(p) | n.id] AS nodes, [r IN relationships(p) | type(r)] AS edges
					LIMIT $limit
					""", Map.of("id", "Department:吉林省财政厅", "limit", 1600))), Map.entry("14", new Query("""
					MATCH (i:Indicator {domain: $domain})
					WITH i ORDER BY i.documentKey, i.order
					RETURN i {.name, .unit, .baseline, .target, .cumulative, lines: [i.srcFrom, i.srcTo]} AS indicator
					""", Map.of("domain", "基本公共教育"))), Map.entry("15", new Query("""
					MATCH (d:Document {number: $number})
					WITH d ORDER BY d.citedOnly LIMIT 1
					RETURN COLLECT { MATCH (t:Task)-[:IN_DOCUMENT]->(d) WITH t ORDER BY t.srcFrom
					                 RETURN t {.kind, .title, .text, .separateLeads,
					                   units: COLLECT { MATCH (o:Department)-[r:RESPONSIBLE_FOR]->(t)
					                                    WITH o, r ORDER BY r.order RETURN o.name }} } AS tasks
					""", Map.of("number", "吉政办发〔2017〕52号"))), Map.entry("16", new Query("""
					MATCH (d:Document {number: $number})
					WITH d ORDER BY d.citedOnly LIMIT 1
					RETURN d.title AS title,
					       COLLECT { MATCH (t:Task)-[:IN_DOCUMENT]->(d) WITH t ORDER BY t.srcFrom
					                 RETURN t {.kind, .title, lines: [t.srcFrom, t.srcTo],
					                   units: COLLECT { MATCH (o:Department)-[r:RESPONSIBLE_FOR]->(t)
					                                    WITH o, r ORDER BY r.order RETURN o.name }} } AS tasks,
					       COLLECT { MATCH (pt:PhasedTarget)-[:IN_DOCUMENT]->(d) WITH pt ORDER BY pt.targetYear
					                 RETURN pt {.phase, .fromYear, .toYear, .targetYear, .targets} } AS phasedTargets
					""", Map.of("number", "吉政办发〔2017〕55号"))),
			Map.entry("17",
					new Query(
							"""
									MATCH (d:Document {number: $number})
									WITH d ORDER BY d.citedOnly LIMIT 1
									RETURN d.title AS title, d.issuedOn AS issuedOn,
									       COLLECT { MATCH (t:Task)-[:IN_DOCUMENT]->(d) WITH t ORDER BY t.srcFrom
									                 RETURN t {.kind, units: COLLECT { MATCH (o:Department)-[r:RESPONSIBLE_FOR]->(t)
									                                    WITH o, r ORDER BY r.order RETURN o {.name, .englishName} }} } AS tasks
									""",
							Map.of("number", "吉政办发〔2017〕57号"))),
			Map.entry("18", new Query("""
					MATCH (s:ServiceItem)
					WHERE s.name CONTAINS $text OR s.targetGroup CONTAINS $text OR s.standard CONTAINS $text
					   OR s.fundingText CONTAINS $text
					WITH s ORDER BY s.sortKey LIMIT 21
					RETURN s.name AS name,
					       COLLECT { MATCH (o:Department)-[l:LEADS]->(s) WITH o, l ORDER BY l.order
					                 RETURN o {.name, appointments: COLLECT {
					                   MATCH (p:Person)-[:HAS_APPOINTMENT]->(a:Appointment)-[:AT]->(o)
					                   WITH p, a ORDER BY a.date, a.documentKey, a.index
					                   RETURN a {.action, .post, person: p.name} }} } AS leadDepartments
					""", Map.of("text", "法律援助"))),
			Map.entry("19",
					new Query(
							"""
									CALL () { MATCH (s:ServiceItem)-[:IN_DOMAIN]->(:Domain {name: $domain}) RETURN count(s) AS totalCount }
									MATCH (s:ServiceItem)-[:IN_DOMAIN]->(:Domain {name: $domain})
									WITH totalCount, s ORDER BY s.sortKey LIMIT 11
									RETURN totalCount, s {.id, .no, .name, .fundingText, .fundingPattern, .sortKey} AS item,
									       COLLECT { MATCH (s)-[f:FUNDED_BY]->(p:Payer) WITH f, p ORDER BY f.order
									                 RETURN {payer: p.code, role: f.role, locality: f.locality, rate: f.rate,
									                         payerEnglishName: p.englishName} } AS shares
									""",
							Map.of("domain", "基本医疗卫生"))),
			Map.entry("20",
					new Query(
							"""
									MATCH (i:Issue)
									WITH i ORDER BY i.publishedOn, i.id
									RETURN i {.title, .year, .number, .cumulativeNumber, .publishedOn, .publisher,
									  editorialBoard: COLLECT { MATCH (p:Person)-[r:ON_EDITORIAL_BOARD]->(i) WITH p, r ORDER BY r.srcFrom, p.name
									                            RETURN {person: p.name, roles: r.roles} },
									  documents: COLLECT { MATCH (d:Document)-[:PUBLISHED_IN]->(i) WITH d ORDER BY d.srcFrom
									                       RETURN d {.number, .title, .kind} }} AS issue
									""",
							Map.of())),
			Map.entry("21", new Query("""
					CALL () { MATCH (s:ServiceItem) WHERE EXISTS { (s)-[:FUNDED_BY]->(:Payer {code: $payer}) }
					          RETURN count(s) AS totalCount }
					MATCH (s:ServiceItem) WHERE EXISTS { (s)-[:FUNDED_BY]->(:Payer {code: $payer}) }
					WITH totalCount, s ORDER BY s.sortKey LIMIT 21
					RETURN totalCount, s.no AS no, s.name AS name,
					       COLLECT { MATCH (s)-[f:FUNDED_BY]->(p:Payer) WITH f, p ORDER BY f.order
					                 RETURN {payer: p.code, role: f.role, rate: f.rate} } AS shares
					""", Map.of("payer", "EMPLOYER"))), Map.entry("22", new Query("""
					MATCH (s:ServiceItem {no: $no})
					WITH s ORDER BY s.sortKey LIMIT 1
					RETURN s.name AS name, s.fundingText AS text,
					       COLLECT { MATCH (s)-[f:FUNDED_BY]->(p:Payer) WITH f, p ORDER BY f.order
					                 RETURN {payer: p.code, role: f.role, locality: f.locality} } AS shares
					""", Map.of("no", 70))),
			Map.entry("23",
					new Query(
							"""
									MATCH (d:Document {number: $number})
									WITH d ORDER BY d.citedOnly LIMIT 1
									RETURN d.number AS number,
									       COLLECT { MATCH (p:Person)-[:HAS_APPOINTMENT]->(a:Appointment)-[:DECIDED_BY]->(d)
									                 MATCH (a)-[:AT]->(o:Organization)
									                 WITH p, a, o ORDER BY a.date, a.documentKey, a.index
									                 RETURN a {.action, .post, person: p.name, organization: o.name,
									                           englishName: CASE WHEN o:Company THEN o.englishName END} } AS appointments
									""",
							Map.of("number", "吉政干任〔2017〕39号"))),
			Map.entry("24",
					new Query(
							"""
									MATCH (d:Document {number: $number})
									WITH d ORDER BY d.citedOnly LIMIT 1
									RETURN head(COLLECT { MATCH (j:Jurisdiction {code: d.jurisdictionCode}) RETURN j {.name, .code, .level} })
									         AS jurisdiction,
									       COLLECT { MATCH (d)-[c:CITES]->(o:Document) WITH c, o ORDER BY c.srcFrom, o.id
									                 RETURN o {.number, .issuer, jurisdiction: head(COLLECT {
									                   MATCH (j:Jurisdiction {code: o.jurisdictionCode}) RETURN j {.name, .level} })} } AS cites,
									       head(COLLECT { MATCH (p:Jurisdiction {code: $place})
									                      RETURN p {.name, .code, .level, parent: head(COLLECT {
									                        MATCH (p)-[:PART_OF]->(up:Jurisdiction) RETURN up.name })} }) AS place
									""",
							Map.of("number", "吉政办发〔2017〕52号", "place", "220300"))),
			Map.entry("25",
					new Query(
							"""
									UNWIND $numbers AS number
									CALL (number) { MATCH (d:Document {number: number}) RETURN d ORDER BY d.citedOnly LIMIT 1 }
									RETURN d.number AS number,
									       COLLECT { MATCH (t:Task)-[:IN_DOCUMENT]->(d) WITH t ORDER BY t.srcFrom
									                 RETURN t {.title, lines: [t.srcFrom, t.srcTo],
									                   assignments: COLLECT { MATCH (u)-[r:RESPONSIBLE_FOR|ASSIGNED_TO]->(t)
									                                          WITH u, r ORDER BY r.position
									                                          RETURN {role: r.role, labels: labels(u), name: u.name,
									                                                  id: CASE WHEN u:GenericParty THEN u.id END,
									                                                  documents: CASE WHEN u:GenericParty THEN COLLECT {
									                                                    MATCH (u)-[:ASSIGNED_TO]->(x:Task)-[:IN_DOCUMENT]->(xd:Document)
									                                                    WITH x, xd ORDER BY x.documentKey, x.srcFrom
									                                                    RETURN xd.number } END} }} } AS tasks
									""",
							Map.of("numbers", List.of("吉政办发〔2017〕57号", "吉政办发〔2017〕52号")))),
			Map.entry("26",
					new Query(
							"""
									UNWIND $nos AS no
									CALL (no) { MATCH (s:ServiceItem {no: no}) RETURN s ORDER BY s.sortKey LIMIT 1 }
									RETURN s.no AS no, s.name AS name, s.fundingText AS text, s.fundingPattern AS pattern,
									       COLLECT { MATCH (s)-[f:FUNDED_BY]->(p:Payer) WITH f, p ORDER BY f.order
									                 RETURN {payer: p.code, payerName: p.name, role: f.role, rate: f.rate, scope: f.scope,
									                         condition: f.condition} } AS shares,
									       [i IN range(0, size(coalesce(s.earmarkFunds, [])) - 1)
									          | {fund: s.earmarkFunds[i], share: s.earmarkShares[i], purpose: s.earmarkPurposes[i]}] AS earmarks
									""",
							Map.of("nos", List.of(48, 24, 36, 12)))),
			Map.entry("27", new Query("""
					MATCH (i:Issue)
					WITH i ORDER BY i.publishedOn, i.id
					RETURN i {.title, .issn, .cn, .frequency, .editorialOffice, .sponsor, .publisher,
					          contacts: [k IN range(0, size(coalesce(i.contactLabels, [])) - 1)
					                       | {label: i.contactLabels[k], value: i.contactValues[k]}]} AS issue
					""", Map.of())), Map.entry("28", new Query("""
					MATCH (d:Document {number: $number})
					WITH d ORDER BY d.citedOnly LIMIT 1
					RETURN COLLECT { MATCH (d)-[c:CITES]->(o:Document) WITH c, o ORDER BY c.srcFrom, o.id
					                 RETURN o {.title, .number, .kind, .issuer, lines: [o.srcFrom, o.srcTo]} } AS cites
					""", Map.of("number", "吉政办发〔2017〕52号"))), Map.entry("29", new Query("""
					MATCH (i:Indicator)-[:MEASURES]->(d:Domain {name: $domain})
					WITH i, d ORDER BY i.documentKey, i.order
					RETURN i {.name, .domain, .unit, .baseline, .target, lines: [i.srcFrom, i.srcTo],
					          serviceDomain: d {.name, .englishName}} AS indicator
					""", Map.of("domain", "基本社会保险"))),
			Map.entry("30",
					new Query(
							"""
									CALL () { MATCH (s:ServiceItem)-[:IN_DOMAIN]->(:Domain {name: $domain}) RETURN count(s) AS totalCount }
									MATCH (s:ServiceItem)-[:IN_DOMAIN]->(:Domain {name: $domain})
									WITH totalCount, s ORDER BY s.sortKey LIMIT 31
									RETURN totalCount, s.no AS no, s.name AS name,
									       COLLECT { MATCH (o:Department)-[l:LEADS]->(s) WITH o, l ORDER BY l.order RETURN o.name }
									         AS leadDepartments,
									       COLLECT { MATCH (o:Department)-[l:LEADS]->(s)
									                 MATCH path = (o)-[:SUCCEEDED_BY*0..8]->(c:Department)
									                 WHERE c.dissolved IS NULL AND all(n IN nodes(path)[..-1] WHERE n.dissolved = true)
									                 WITH c, min([l.order, length(path)]) AS rank ORDER BY rank, c.name
									                 RETURN c {.name, .fullName, .foundedOn,
									                   predecessors: COLLECT { MATCH (a:Department)-[x:SUCCEEDED_BY]->(c) WITH a, x ORDER BY x.line
									                                           RETURN {from: a.name, kind: x.kind, on: x.on, source: x.source} }} }
									         AS currentLeads
									""",
							Map.of("domain", "基本医疗卫生"))),
			Map.entry("31",
					new Query(
							"""
									MATCH (d:Document {number: $number})
									WITH d ORDER BY d.citedOnly LIMIT 1
									RETURN d {.number, .title, .issuedOn} AS document,
									       COLLECT { MATCH (d)<-[:IMPLEMENTS]-(o:Document) WITH o ORDER BY o.issuedOn, o.id
									                 RETURN o {.number, .title, .issuer, .issuedOn, file: o.srcFile, lines: [o.srcFrom, o.srcTo],
									                           text: o.srcText} } AS implementedBy
									""",
							Map.of("number", "吉政办发〔2017〕52号"))),
			Map.entry("32",
					new Query(
							"""
									CALL () { MATCH (d:Document {jurisdictionCode: $jurisdiction})
									          WHERE EXISTS { (d)-[:CITES]->(:Document {number: $cites}) } RETURN count(d) AS totalCount }
									MATCH (d:Document {jurisdictionCode: $jurisdiction})
									WHERE EXISTS { (d)-[:CITES]->(:Document {number: $cites}) }
									WITH totalCount, d ORDER BY d.id LIMIT 21
									RETURN totalCount, d {.number, .title, .issuer, .issuedOn,
									                      cites: COLLECT { MATCH (d)-[c:CITES]->(o:Document) WITH c, o ORDER BY c.srcFrom, o.id
									                                       RETURN o.number }} AS document
									""",
							Map.of("jurisdiction", "220000", "cites", "国发〔2017〕9号"))),
			Map.entry("33",
					new Query(
							"""
									MATCH (d:Document {number: $number})
									WITH d ORDER BY d.citedOnly LIMIT 1
									RETURN d {.number, .title, .citedOnly} AS document,
									       COLLECT { MATCH (d)<-[:IMPLEMENTS]-(p:Document) WITH p ORDER BY p.issuedOn, p.id
									                 RETURN p {.number, .issuer, .issuedOn,
									                   implementedBy: COLLECT { MATCH (p)<-[:IMPLEMENTS]-(c:Document) WITH c ORDER BY c.issuedOn, c.id
									                                            RETURN c {.number, .issuer, .issuedOn} }} } AS implementedBy
									""",
							Map.of("number", "国发〔2017〕9号"))),
			// 34 and 35 ask tasksConnection pages: one more row than the page, for
			// hasNextPage, ordered like its keyset cursor (document, line, id)
			Map.entry("34",
					new Query(
							"""
									MATCH (d:Department)
									WITH d, COUNT { (d)-[:LEADS]->(:ServiceItem) } AS items, COUNT { (d)-[:RESPONSIBLE_FOR]->(:Task) } AS taskCount
									ORDER BY taskCount DESC, items DESC, d.name LIMIT $first
									RETURN d.name AS name, taskCount,
									       COLLECT { MATCH (d)-[:RESPONSIBLE_FOR]->(t:Task)-[:IN_DOCUMENT]->(doc:Document)
									                 WITH t, doc ORDER BY t.documentKey, t.srcFrom, t.id LIMIT 4
									                 RETURN t {.title, .kind, document: doc.number, lines: [t.srcFrom, t.srcTo], text: t.srcText} }
									         AS tasks
									""",
							Map.of("first", 5))),
			Map.entry("35", new Query("""
					MATCH (d:Document {number: $number})
					WITH d ORDER BY d.citedOnly LIMIT 1
					RETURN COUNT { (:Task)-[:IN_DOCUMENT]->(d) } AS totalCount,
					       COLLECT { MATCH (t:Task)-[:IN_DOCUMENT]->(d) WITH t ORDER BY t.srcFrom, t.id LIMIT 11
					                 RETURN t {.kind, .title, lines: [t.srcFrom, t.srcTo], text: t.srcText,
					                   units: COLLECT { MATCH (o:Department)-[r:RESPONSIBLE_FOR]->(t)
					                                    WITH o, r ORDER BY r.order RETURN o.name }} } AS tasks
					""", Map.of("number", "吉政办发〔2017〕52号"))));

}
