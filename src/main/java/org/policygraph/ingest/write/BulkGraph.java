package org.policygraph.ingest.write;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.department.DepartmentNames;
import org.policygraph.ingest.record.AppointmentRecord;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.ingest.record.TaskAssignmentRecord;
import org.policygraph.ingest.record.TaskRecord;

/**
 * A from-scratch corpus as the nodes and relationships the transactional writers leave in
 * an empty store, built in memory from the writers' own rows, batch by batch in the order
 * they write them: each statement of theirs is mirrored here (MERGE as a lookup by id,
 * {@code SET n += row} as a put that drops what is null, CREATE only where its MATCH
 * finds both ends). {@code BulkImportIT} holds the two to the same graph. The writers'
 * deletions are what re-ingesting needs; a corpus that would need them (an issue twice, a
 * document printed in two issues) is refused, naming both, for the transactional path.
 * The successions are left to the transactional writer, which adds them to the imported
 * store in one transaction.
 * <p>
 * What a batch creates (service items, tasks, indicators, appointments and their
 * relationships: most of the graph) is never looked up or changed again, so it goes to
 * its CSV file at once ({@link CsvFiles}) and only its id is kept, to refuse a second
 * node with it. What the writers MERGE (documents, departments, people, domains, their
 * citations) is held until the last batch and written then.
 */
public final class BulkGraph implements Closeable {

	/** A node: its labels and properties, both as the writers leave them. */
	private record Node(Set<String> labels, Map<String, Object> properties) {
	}

	/** A relationship between two nodes' ids. */
	private record Relationship(String type, String from, String to, Map<String, Object> properties) {
	}

	/** The MERGEd nodes by id, and the CSV ids of the department names. */
	private final Map<String, Node> nodes = new LinkedHashMap<>();

	/** The ids of the CREATEd nodes, already written. */
	private final Set<String> created = new HashSet<>();

	private final CsvFiles csv;

	/** The CSV ids of each department's name nodes, by the department's id. */
	private final Map<String, List<String>> names = new HashMap<>();

	/** MERGEd relationships by their ends and type: one each, properties merged. */
	private final Map<String, Relationship> merged = new LinkedHashMap<>();

	private final List<OrganizationRecord> curated;

	private final int issuesPerBatch;

	/** The issues read and not yet added, fewer than a batch. */
	private final List<Gazette> pending = new ArrayList<>();

	/** Each issue's file, and each printed document's issue: what is refused. */
	private final Map<String, String> issueFiles = new HashMap<>();

	private final Map<String, String> printedIn = new HashMap<>();

	private boolean first = true;

	/**
	 * An empty graph that issues are {@linkplain #add added} to as they are parsed, so
	 * that neither every parsed issue nor every node is held until the import.
	 * @param issuesPerBatch the batches the transactional path writes (the first carries
	 * the curated registry and the payers)
	 * @param csvDir where its CSV files are written
	 */
	public BulkGraph(List<OrganizationRecord> curated, int issuesPerBatch, Path csvDir) throws IOException {
		this.curated = List.copyOf(curated);
		this.issuesPerBatch = issuesPerBatch;
		this.csv = new CsvFiles(csvDir);
	}

	/**
	 * The next issue, in the order the files were given.
	 * @throws IllegalArgumentException for an issue that needs the transactional path
	 */
	public void add(Gazette gazette) {
		refuseWhatNeedsDeleting(gazette);
		pending.add(gazette);
		if (pending.size() == issuesPerBatch) {
			flush();
		}
	}

	/**
	 * Adds the last, partial batch and writes what was held: the MERGEd nodes and
	 * relationships, and every file's header.
	 * @return the importer's arguments for the files and the empty lists to set after it
	 */
	public CsvImport.Written complete() throws IOException {
		if (!pending.isEmpty()) {
			flush();
		}
		nodes.forEach((id, node) -> csv.node(id, node.labels(), node.properties()));
		merged.values().forEach(r -> csv.relationship(r.type(), r.from(), r.to(), r.properties()));
		return csv.finish();
	}

	/**
	 * Closes the files; a graph not {@linkplain #complete completed} leaves them partial.
	 */
	@Override
	public void close() throws IOException {
		csv.close();
	}

	private void flush() {
		add(Batch.of(List.copyOf(pending), curated, first));
		first = false;
		pending.clear();
	}

	private void refuseWhatNeedsDeleting(Gazette g) {
		String other = issueFiles.putIfAbsent(g.issue().key(), g.sourceFile());
		if (other != null) {
			throw new IllegalArgumentException("issue " + g.issue().key() + " is in both " + other + " and "
					+ g.sourceFile() + "; a bulk import builds a store from distinct issues: ingest the second "
					+ "one afterwards, without --bulk");
		}
		for (DocumentRecord doc : g.documents()) {
			String was = doc.citedOnly() ? null : printedIn.putIfAbsent(doc.key(), g.issue().key());
			if (was != null) {
				throw new IllegalArgumentException("document " + doc.key() + " is printed in issues " + was + " and "
						+ g.issue().key() + " (" + g.sourceFile() + "); a bulk import builds a store where "
						+ "every document is printed once: ingest the later issue afterwards, without --bulk");
			}
		}
	}

	/** The writers' statements in their order (see {@link GazetteWriter}). */
	private void add(Batch batch) {
		registry(batch);
		for (Gazette g : batch.gazettes()) {
			Map<String, Object> row = IssueWriter.row(g);
			merge((String) row.get("id"), Set.of("Issue"), map(row.get("props")));
		}
		documents(batch);
		serviceList(batch);
		tasks(batch);
		planTargets(batch);
		people(batch);
	}

	private void registry(Batch batch) {
		for (OrganizationRecord org : batch.organizations()) {
			Map<String, Object> row = RegistryWriter.row(org);
			Node node = merge((String) row.get("id"), Set.of(org.company() ? "Company" : "Department"), row);
			node.labels().add("Organization");
			if (!org.company()) {
				replaceNames((String) row.get("id"), RegistryWriter.names(row));
			}
		}
		if (batch.withReference()) {
			RegistryWriter.payerRows().forEach(row -> merge((String) row.get("id"), Set.of("Payer"), row));
		}
	}

	private void documents(Batch batch) {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Gazette g : batch.gazettes()) {
			g.documents().forEach(doc -> rows.add(DocumentWriter.row(g, doc)));
		}
		for (Map<String, Object> row : rows) {
			String id = (String) row.get("id");
			boolean citedOnly = (Boolean) row.get("citedOnly");
			Node existing = nodes.get(id);
			if (existing == null || !(citedOnly && Boolean.FALSE.equals(existing.properties().get("citedOnly")))) {
				merge(id, Set.of("Document"), map(row.get("props")));
			}
			if (!citedOnly && find((String) row.get("issue"), "Issue")) {
				mergeRelationship("PUBLISHED_IN", id, (String) row.get("issue"));
			}
		}
		for (Map<String, Object> row : rows) {
			String target = (String) row.get("interprets");
			if (target != null && find((String) row.get("id"), "Document") && find(target, "Document")) {
				mergeRelationship("INTERPRETS", (String) row.get("id"), target);
			}
		}
		for (Gazette g : batch.gazettes()) {
			g.annexes().forEach(annex -> {
				Map<String, Object> row = new HashMap<>(DocumentWriter.row(g, annex));
				String document = (String) row.remove("document");
				if (find(document, "Document")) {
					create(Set.of("Annex"), row);
					createRelationship("HAS_ANNEX", document, (String) row.get("id"), Map.of());
				}
			});
		}
		for (String type : List.of("CITES", "IMPLEMENTS")) {
			for (Gazette g : batch.gazettes()) {
				for (var citation : type.equals("CITES") ? g.citations() : g.implementations()) {
					Map<String, Object> row = new HashMap<>(DocumentWriter.row(citation));
					String from = (String) row.remove("from");
					String to = (String) row.remove("to");
					if (find(from, "Document") && find(to, "Document")) {
						putAll(mergeRelationship(type, from, to), row);
					}
				}
			}
		}
	}

	private void serviceList(Batch batch) {
		Map<String, Map<String, Object>> domains = new LinkedHashMap<>();
		batch.gazettes().forEach(g -> g.domains().forEach(d -> domains.put(d.name(), ServiceListWriter.row(d))));
		domains.values().forEach(row -> merge((String) row.get("id"), Set.of("Domain"), row));
		for (Gazette g : batch.gazettes()) {
			for (var item : g.serviceItems()) {
				Map<String, Object> row = ServiceListWriter.row(ServiceListWriter.Owner.of(g), item, batch);
				String domain = (String) row.get("domain");
				String document = (String) row.get("document");
				if (!find(domain, "Domain") || !find(document, "Document")) {
					continue;
				}
				String id = create(Set.of("ServiceItem"), map(row.get("props")));
				createRelationship("IN_DOMAIN", id, domain, Map.of());
				createRelationship("LISTED_IN", id, document, Map.of());
				List<?> leads = (List<?>) row.get("leads");
				for (int i = 0; i < leads.size(); i++) {
					if (find((String) leads.get(i), "Organization")) {
						createRelationship("LEADS", (String) leads.get(i), id, Map.of("order", i));
					}
				}
				for (Object share : (List<?>) row.get("shares")) {
					Map<String, Object> props = new HashMap<>(map(share));
					String payer = (String) props.remove("payer");
					if (find(payer, "Payer")) {
						createRelationship("FUNDED_BY", id, payer, props);
					}
				}
			}
		}
	}

	private void tasks(Batch batch) {
		Map<String, Map<String, Object>> parties = new LinkedHashMap<>();
		for (Gazette g : batch.gazettes()) {
			for (TaskRecord task : g.tasks()) {
				String code = TaskWriter.Owner.of(g).jurisdiction(task);
				task.assignments().stream().filter(TaskAssignmentRecord::party).forEach(a -> {
					Map<String, Object> party = new HashMap<>();
					party.put("name", a.unit());
					party.put("jurisdictionCode", code);
					parties.put(GraphIds.party(code, a.unit()), party);
				});
			}
		}
		parties.forEach((id, props) -> merge(id, Set.of("GenericParty"), props));
		for (Gazette g : batch.gazettes()) {
			for (TaskRecord task : g.tasks()) {
				Map<String, Object> row = TaskWriter.row(TaskWriter.Owner.of(g), task, batch);
				String document = (String) row.get("document");
				if (!find(document, "Document")) {
					continue;
				}
				String id = create(Set.of("Task"), map(row.get("props")));
				createRelationship("IN_DOCUMENT", id, document, Map.of());
				for (Object unit : (List<?>) row.get("units")) {
					Map<String, Object> u = map(unit);
					if (find((String) u.get("id"), "Organization")) {
						createRelationship("RESPONSIBLE_FOR", (String) u.get("id"), id,
								only(u, "order", "position", "role"));
					}
				}
				for (Object unit : (List<?>) row.get("parties")) {
					Map<String, Object> u = map(unit);
					if (find((String) u.get("id"), "GenericParty")) {
						createRelationship("ASSIGNED_TO", (String) u.get("id"), id, only(u, "position", "role"));
					}
				}
			}
		}
	}

	private void planTargets(Batch batch) {
		for (Gazette g : batch.gazettes()) {
			for (var indicator : g.indicators()) {
				Map<String, Object> row = PlanTargetWriter.row(g, indicator);
				if (find((String) row.get("document"), "Document")) {
					String id = create(Set.of("Indicator"), map(row.get("props")));
					createRelationship("IN_DOCUMENT", id, (String) row.get("document"), Map.of());
					if (row.get("domain") != null && find((String) row.get("domain"), "Domain")) {
						createRelationship("MEASURES", id, (String) row.get("domain"), Map.of());
					}
				}
			}
		}
		for (Gazette g : batch.gazettes()) {
			for (var target : g.phasedTargets()) {
				Map<String, Object> row = PlanTargetWriter.row(g, target);
				if (find((String) row.get("document"), "Document")) {
					String id = create(Set.of("PhasedTarget"), map(row.get("props")));
					createRelationship("IN_DOCUMENT", id, (String) row.get("document"), Map.of());
				}
			}
		}
	}

	private void people(Batch batch) {
		for (Gazette g : batch.gazettes()) {
			for (var member : g.editorialBoard()) {
				Map<String, Object> row = PeopleWriter.row(g, member);
				String issue = (String) row.get("issue");
				if (!find(issue, "Issue")) {
					continue;
				}
				String person = (String) row.get("id");
				merge(person, Set.of("Person"), nameOf(row.get("name")));
				putAll(mergeRelationship("ON_EDITORIAL_BOARD", person, issue),
						only(row, "roles", "srcFrom", "srcTo", "srcText"));
			}
		}
		for (Gazette g : batch.gazettes()) {
			Map<String, Integer> perDecision = new LinkedHashMap<>();
			for (AppointmentRecord a : g.appointments()) {
				Map<String, Object> row = PeopleWriter.row(g, a, perDecision.merge(a.decisionKey(), 1, Integer::sum),
						batch);
				String organization = (String) row.get("organization");
				String decision = (String) row.get("decision");
				if (!find(organization, "Organization") || !find(decision, "Document")) {
					continue;
				}
				String person = (String) row.get("person");
				merge(person, Set.of("Person"), nameOf(row.get("personName")));
				String id = create(Set.of("Appointment"), map(row.get("props")));
				createRelationship("HAS_APPOINTMENT", person, id, Map.of());
				createRelationship("AT", id, organization, Map.of());
				createRelationship("DECIDED_BY", id, decision, Map.of());
			}
		}
	}

	/** The row's values of these keys, nulls included (as a SET of each would). */
	private static Map<String, Object> only(Map<String, Object> row, String... keys) {
		Map<String, Object> props = new HashMap<>();
		for (String key : keys) {
			props.put(key, row.get(key));
		}
		return props;
	}

	private static Map<String, Object> nameOf(Object name) {
		Map<String, Object> props = new HashMap<>();
		props.put("name", name);
		props.put("searchText", name);
		return props;
	}

	/**
	 * A department's (:DepartmentName {departmentId, key}) nodes replaced by those of its
	 * row. They have no id property; their CSV id is made of both keys, which no id of
	 * {@link GraphIds} looks like.
	 */
	private void replaceNames(String departmentId, List<String> keys) {
		List<String> old = names.put(departmentId, new ArrayList<>());
		if (old != null) {
			old.forEach(nodes::remove);
		}
		for (String key : keys) {
			String csvId = DepartmentNames.LABEL + "|" + departmentId + "|" + key;
			Map<String, Object> properties = new HashMap<>();
			properties.put("departmentId", departmentId);
			properties.put("key", key);
			nodes.put(csvId, new Node(new HashSet<>(Set.of(DepartmentNames.LABEL)), properties));
			names.get(departmentId).add(csvId);
		}
	}

	/** MERGE (n:Label {id}) SET n += props. */
	private Node merge(String id, Set<String> labels, Map<String, Object> props) {
		Node node = nodes.computeIfAbsent(id, k -> {
			Map<String, Object> properties = new HashMap<>();
			properties.put("id", k);
			return new Node(new HashSet<>(labels), properties);
		});
		node.labels().addAll(labels);
		putAll(node.properties(), props);
		return node;
	}

	/** CREATE (n:Label) SET n = props; its id is among its properties. */
	private String create(Set<String> labels, Map<String, Object> props) {
		String id = (String) props.get("id");
		Map<String, Object> properties = new HashMap<>();
		putAll(properties, props);
		if (nodes.containsKey(id) || !created.add(id)) {
			// the unique constraint on id would refuse it
			throw new IllegalStateException("two nodes with id " + id);
		}
		csv.node(id, labels, properties);
		return id;
	}

	/** MATCH (n:Label {id}). */
	private boolean find(String id, String label) {
		Node node = id == null ? null : nodes.get(id);
		return node != null && node.labels().contains(label);
	}

	private void createRelationship(String type, String from, String to, Map<String, Object> props) {
		Map<String, Object> properties = new HashMap<>();
		putAll(properties, props);
		csv.relationship(type, from, to, properties);
	}

	/** MERGE (a)-[r:TYPE]->(b): its properties, to be merged into. */
	private Map<String, Object> mergeRelationship(String type, String from, String to) {
		return merged
			.computeIfAbsent(from + "\u0000" + type + "\u0000" + to,
					k -> new Relationship(type, from, to, new HashMap<>()))
			.properties();
	}

	/** {@code SET n += props}: a null removes the property. */
	private static void putAll(Map<String, Object> properties, Map<String, Object> props) {
		props.forEach((key, value) -> {
			if (value == null) {
				properties.remove(key);
			}
			else {
				properties.put(key, value);
			}
		});
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> map(Object value) {
		return (Map<String, Object>) value;
	}

}
