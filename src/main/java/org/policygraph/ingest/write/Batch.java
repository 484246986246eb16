package org.policygraph.ingest.write;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.ingest.record.SourceRef;

/**
 * The issues written in one transaction and the registry they were parsed against, with
 * what every writer needs to turn records into rows.
 *
 * @param gazettes distinct issues, in the order given
 * @param organizations the registry's departments and companies
 */
record Batch(List<Gazette> gazettes, List<OrganizationRecord> organizations, Map<String, String> organizationIds) {

	Batch(List<Gazette> gazettes, List<OrganizationRecord> organizations) {
		this(List.copyOf(gazettes), List.copyOf(organizations), organizations.stream()
			.collect(Collectors.toMap(OrganizationRecord::name, GraphIds::organization, (a, b) -> a)));
	}

	/**
	 * When the same issue appears twice, the later one wins, as it would written one
	 * after the other.
	 */
	static Batch of(List<Gazette> gazettes, List<OrganizationRecord> organizations) {
		Map<String, Gazette> byIssue = new LinkedHashMap<>();
		for (Gazette gazette : gazettes) {
			byIssue.remove(gazette.issue().key());
			byIssue.put(gazette.issue().key(), gazette);
		}
		return new Batch(List.copyOf(byIssue.values()), organizations);
	}

	/** The batch's issues for a log line. */
	String keys() {
		return gazettes.size() == 1 ? gazettes.getFirst().issue().key() : gazettes.size() + " issues ("
				+ gazettes.getFirst().issue().key() + " … " + gazettes.getLast().issue().key() + ")";
	}

	/** The node ids of registered units named by their canonical names, in order. */
	List<String> unitIds(List<String> names) {
		return names.stream().map(name -> {
			String id = organizationIds.get(name);
			if (id == null) {
				// The parser resolves every mention against the same registry; reaching
				// this is a bug.
				throw new IllegalStateException("organisation " + name + " is not in the registry");
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
		return props;
	}

}
