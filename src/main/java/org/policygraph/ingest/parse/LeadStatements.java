package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.record.TaskKind;
import org.policygraph.ingest.record.TaskRecord;
import org.policygraph.ingest.text.ChineseNumerals;
import org.policygraph.ingest.text.Paragraph;

/**
 * Departments a document names, in prose, as leading its work. A sentence whose subject
 * is a list of provincial departments followed by 牵头 (lead) or by (要)会同 (together with
 * others, which the subject leads) is a lead statement: "省卫生计生委、省食品药品监督管理局牵头，会同相关部门…" and
 * "省食品药品监督管理局要会同省卫生计生委…" lead; the partners after 会同 do not. A department acting alone
 * ("省食品药品监督管理局要加强…") leads nobody, so it is not a lead statement.
 */
final class LeadStatements {

	private static final String MARKER = "^[(（][" + ChineseNumerals.CHARACTERS + "]+[)）]\\s*";

	private static final Pattern LEAD = Pattern.compile("(省(?!级)[\\p{IsHan}、]{1,60}?)(?:要|负责)?(?:牵头|会同)");

	private LeadStatements() {
	}

	static List<TaskRecord> read(Lookups lookups, DocumentBlock block, List<Outline.Section> outline) {
		List<TaskRecord> leads = new ArrayList<>();
		for (Outline.Section section : outline) {
			if (section.preamble() != null) {
				lead(lookups, block, section.numeral(), section.title(), section.preamble()).ifPresent(leads::add);
			}
			for (Outline.Item item : section.items()) {
				String key = section.numeral() + "/(" + item.numeral() + ")";
				lead(lookups, block, key, item.title(), item.paragraph()).ifPresent(leads::add);
			}
		}
		return leads;
	}

	private static Optional<TaskRecord> lead(Lookups lookups, DocumentBlock block, String key, String title,
			Paragraph paragraph) {
		Set<String> units = new LinkedHashSet<>();
		for (String sentence : paragraph.text().split("。")) {
			Matcher m = LEAD.matcher(sentence.replaceFirst(MARKER, ""));
			if (m.lookingAt()) {
				units.addAll(lookups.units(m.group(1), paragraph.from()));
			}
		}
		if (units.isEmpty()) {
			return Optional.empty();
		}
		String text = paragraph.text().replaceFirst(MARKER, "");
		return Optional.of(new TaskRecord(block.key(), key, TaskKind.LEAD, title, text, List.copyOf(units), false,
				lookups.text().source(paragraph.from(), paragraph.to())));
	}

}
