package org.policygraph.ingest.write;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.ingest.record.SourceRef;

/**
 * The issues written in one transaction and the registry they were parsed against, with
 * what every writer needs to turn records into rows.
 *
 * @param gazettes distinct issues, in the order given
 * @param organizations the units to write: the registry's departments and companies when
 * the batch carries the reference data, and the units the issues name
 * @param withReference whether this batch writes the reference data (the curated
 * registry, the payers, the successions); the first batch of a run does, the batches
 * after it don't need to
 * @param shared the shared rows earlier batches of the run committed, left out of this
 * one
 */
record Batch(List<Gazette> gazettes, List<OrganizationRecord> organizations,
		Map<String, Map<String, String>> unitIdsByDocument, boolean withReference, SharedRows shared) {

	Batch(List<Gazette> gazettes, List<OrganizationRecord> organizations,
			Map<String, Map<String, String>> unitIdsByDocument) {
		this(gazettes, organizations, unitIdsByDocument, true, SharedRows.none());
	}

	/**
	 * @param organizations the curated registries' units, written whether named or not
	 * when the batch carries the reference data; the units the issues name (template and
	 * unverified ones) are added
	 */
	Batch(List<Gazette> gazettes, List<OrganizationRecord> organizations, boolean withReference, SharedRows shared) {
		this(List.copyOf(gazettes), merged(gazettes, organizations, withReference), unitIdsByDocument(gazettes),
				withReference, shared);
	}

	/**
	 * The curated units first; a unit an issue names that is also curated is the curated
	 * record, so a batch without the reference data leaves it out rather than writing the
	 * issue's copy over it.
	 */
	private static List<OrganizationRecord> merged(List<Gazette> gazettes, List<OrganizationRecord> curated,
			boolean withReference) {
		Map<String, OrganizationRecord> byId = new LinkedHashMap<>();
		curated.forEach(o -> byId.put(o.id(), o));
		gazettes.forEach(g -> g.organizations().forEach(o -> byId.putIfAbsent(o.id(), o)));
		if (!withReference) {
			curated.forEach(o -> byId.remove(o.id()));
		}
		return List.copyOf(byId.values());
	}

	private static Map<String, Map<String, String>> unitIdsByDocument(List<Gazette> gazettes) {
		Map<String, Map<String, String>> byDocument = new HashMap<>();
		gazettes.forEach(g -> g.scopes().forEach((key, scope) -> byDocument.put(key, scope.unitIds())));
		return byDocument;
	}

	/**
	 * When the same issue appears twice, the later one wins, as it would written one
	 * after the other.
	 */
	static Batch of(List<Gazette> gazettes, List<OrganizationRecord> organizations, boolean withReference) {
		return of(gazettes, organizations, withReference, SharedRows.none());
	}

	static Batch of(List<Gazette> gazettes, List<OrganizationRecord> organizations, boolean withReference,
			SharedRows shared) {
		Map<String, Gazette> byIssue = new LinkedHashMap<>();
		for (Gazette gazette : gazettes) {
			byIssue.remove(gazette.issue().key());
			byIssue.put(gazette.issue().key(), gazette);
		}
		return new Batch(List.copyOf(byIssue.values()), organizations, withReference, shared);
	}

	/** The batch's issues for a log line. */
	String keys() {
		return gazettes.size() == 1 ? gazettes.getFirst().issue().key() : gazettes.size() + " issues ("
				+ gazettes.getFirst().issue().key() + " … " + gazettes.getLast().issue().key() + ")";
	}

	/**
	 * The node ids of the units a document's records name, in order; a name means what it
	 * meant in that document's jurisdiction.
	 */
	List<String> unitIds(String documentKey, List<String> names) {
		Map<String, String> ids = unitIdsByDocument.getOrDefault(documentKey, Map.of());
		return names.stream().map(name -> {
			String id = ids.get(name);
			if (id == null) {
				// The parser records every unit it resolves; reaching this is a bug.
				throw new IllegalStateException("organisation " + name + " of " + documentKey + " was not resolved");
			}
			return id;
		}).toList();
	}

	/**
	 * The provenance properties every fact carries: where in which file it is printed.
	 */
	static Map<String, Object> source(String documentKey, SourceRef source) {
		Map<String, Object> props = new HashMap<>();
		props.put("srcDocument", documentKey);
		props.put("srcFile", source.file());
		props.put("srcFrom", source.fromLine());
		props.put("srcTo", source.toLine());
		props.put("srcText", source.text());
		if (source.page() != null) {
			props.put("srcPage", source.page());
		}
		return props;
	}

}
