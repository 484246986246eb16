package org.policygraph.ingest.parse;

import org.policygraph.ingest.record.DocumentKind;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * What kind of document a title names, read from how the title ends: the same rule for
 * documents printed in the issue and for those only cited. A trailing period in brackets
 * ("（2016—2020年）") is ignored.
 */
final class DocumentKinds {

	/**
	 * The other kinds of the 党政机关公文处理工作条例, the one-character endings (函, 令) last so that
	 * 命令 is not read as 令 by accident of order.
	 */
	private static final Map<String, DocumentKind> OFFICIAL_KINDS = orderedKinds();

	private DocumentKinds() {
	}

	private static final Pattern TRAILING_PARENTHESES = Pattern.compile("[（(][^（()）]*[）)]$");

	static DocumentKind fromTitle(String title) {
		String t = TRAILING_PARENTHESES.matcher(title.strip()).replaceAll("");
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
		// 办法 ends with 法 but is a regulation; only the national legislature makes laws
		// (法)
		if (t.endsWith("条例") || t.endsWith("办法") || t.endsWith("规范") || t.endsWith("规程") || t.endsWith("规定")) {
			return DocumentKind.REGULATION;
		}
		if (t.endsWith("法")) {
			return DocumentKind.LAW;
		}
		for (Map.Entry<String, DocumentKind> kind : OFFICIAL_KINDS.entrySet()) {
			if (t.endsWith(kind.getKey())) {
				return kind.getValue();
			}
		}
		return DocumentKind.OTHER;
	}

	private static Map<String, DocumentKind> orderedKinds() {
		Map<String, DocumentKind> kinds = new LinkedHashMap<>();
		kinds.put("决议", DocumentKind.RESOLUTION);
		kinds.put("决定", DocumentKind.DECISION);
		kinds.put("命令", DocumentKind.ORDER);
		kinds.put("公报", DocumentKind.COMMUNIQUE);
		kinds.put("公告", DocumentKind.ANNOUNCEMENT);
		kinds.put("通告", DocumentKind.PUBLIC_NOTICE);
		kinds.put("通报", DocumentKind.CIRCULAR);
		kinds.put("报告", DocumentKind.REPORT);
		kinds.put("请示", DocumentKind.REQUEST);
		kinds.put("批复", DocumentKind.REPLY);
		kinds.put("议案", DocumentKind.MOTION);
		kinds.put("纪要", DocumentKind.MINUTES);
		kinds.put("函", DocumentKind.LETTER);
		kinds.put("令", DocumentKind.ORDER);
		return kinds;
	}

	/** A decree number (国务院令第586号) is a regulation even when no title is printed. */
	static DocumentKind fromNumber(String number) {
		return number.contains("令第") ? DocumentKind.REGULATION : DocumentKind.OTHER;
	}

}
