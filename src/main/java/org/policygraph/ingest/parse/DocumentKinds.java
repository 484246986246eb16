package org.policygraph.ingest.parse;

import org.policygraph.ingest.record.DocumentKind;

/**
 * What kind of document a title names, read from how the title ends: the same rule for
 * documents printed in the issue and for those only cited. A trailing period in brackets
 * ("（2016—2020年）") is ignored.
 */
final class DocumentKinds {

	private DocumentKinds() {
	}

	static DocumentKind fromTitle(String title) {
		String t = title.strip().replaceAll("[（(][^（()）]*[）)]$", "");
		if (t.endsWith("解读")) {
			return DocumentKind.INTERPRETATION;
		}
		if (t.endsWith("人事任免")) {
			return DocumentKind.PERSONNEL_DECISION;
		}
		if (t.endsWith("通知")) {
			return DocumentKind.NOTICE;
		}
		if (t.endsWith("实施意见")) {
			return DocumentKind.IMPLEMENTATION_OPINION;
		}
		if (t.endsWith("意见")) {
			return DocumentKind.OPINION;
		}
		if (t.endsWith("规划") || t.endsWith("计划")) {
			return DocumentKind.PLAN;
		}
		if (t.endsWith("条例") || t.endsWith("法") || t.endsWith("办法") || t.endsWith("规范") || t.endsWith("规程")) {
			return DocumentKind.REGULATION;
		}
		return DocumentKind.OTHER;
	}

	/** A decree number (国务院令第586号) is a regulation even when no title is printed. */
	static DocumentKind fromNumber(String number) {
		return number.contains("令第") ? DocumentKind.REGULATION : DocumentKind.OTHER;
	}

}
