package org.policygraph.ingest.write;

import org.policygraph.ingest.record.OrganizationRecord;

/**
 * Node ids derived from the facts' own keys, so they stay the same across restarts and
 * re-ingests and can be bookmarked by frontends: {@code ServiceItem:吉政办发〔2017〕52号#31}.
 */
public final class GraphIds {

	private GraphIds() {
	}

	/** A department or a company of the registry; they are told apart by kind. */
	public static String organization(OrganizationRecord organization) {
		return organization.id();
	}

	public static String issue(String key) {
		return "Issue:" + key;
	}

	public static String document(String key) {
		return "Document:" + key;
	}

	public static String annex(String documentKey, int no) {
		return "Annex:" + documentKey + "#" + no;
	}

	public static String domain(String name) {
		return "Domain:" + name;
	}

	public static String serviceItem(String documentKey, int no) {
		return "ServiceItem:" + documentKey + "#" + no;
	}

	public static String task(String documentKey, String key) {
		return "Task:" + documentKey + "#" + key;
	}

	public static String indicator(String documentKey, int order) {
		return "Indicator:" + documentKey + "#" + order;
	}

	public static String phasedTarget(String documentKey, int targetYear) {
		return "PhasedTarget:" + documentKey + "#" + targetYear;
	}

	public static String appointment(String decisionKey, int index) {
		return "Appointment:" + decisionKey + "#" + index;
	}

	public static String person(String name) {
		return "Person:" + name;
	}

	/**
	 * A generic party by its jurisdiction and printed name: 其他有关部门 of a Jilin document is
	 * GenericParty:220000/其他有关部门; without a known jurisdiction, GenericParty:其他有关部门.
	 */
	public static String party(String jurisdictionCode, String name) {
		return "GenericParty:" + (jurisdictionCode == null ? "" : jurisdictionCode + "/") + name;
	}

	public static String payer(String payer) {
		return "Payer:" + payer;
	}

}
