package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.record.AssignmentRole;
import org.policygraph.ingest.record.TaskAssignmentRecord;
import org.policygraph.ingest.record.TaskKind;
import org.policygraph.ingest.record.TaskRecord;
import org.policygraph.ingest.text.Paragraph;

/**
 * Sentences of running text that assign work, with each unit's role. A sentence whose
 * subject is a list of units followed by 牵头 (lead) or by (要)会同 (together with others,
 * which the subject leads) names leads: "省卫生计生委、省食品药品监督管理局牵头，会同相关部门…" and
 * "省食品药品监督管理局要会同省卫生计生委…" lead; the partners after 会同 are responsible. A subject followed
 * by 负责 ("省级价格主管部门负责核定…") and a department after 由 ("第一类疫苗的采购由省卫生计生委…开展") are
 * responsible. A department acting alone ("省食品药品监督管理局要加强…") is assigned nothing here.
 * Subjects are departments (those starting with 省 must resolve) or generic parties; other
 * subjects ("木结构公共建筑应采用…负责制") assign nothing.
 */
final class LeadStatements {

	private static final Pattern LEAD = Pattern.compile("([\\p{IsHan}、（）()]{2,60}?)(?:要|负责)?(牵头|会同)");

	private static final Pattern CARRY = Pattern.compile("([\\p{IsHan}、（）()]{2,30}?)(?:要)?负责(?![制人])");

	/** A department that must resolve: 省 but not 省级 (省级疾病预防控制机构 is an institution). */
	private static final Pattern PROVINCIAL = Pattern.compile("^省(?!级|直)");

	private static final Pattern PARTNERS = Pattern.compile("会同([^，。；,;]+)");

	/** The shortest start that reads as a provincial organ: 省卫生计生委 in "省卫生计生委按照…". */
	private static final Pattern ORGAN = Pattern.compile("省(?!级|直)\\p{IsHan}{1,14}?(厅|委|局|办|室|会|署|行|中心)");

	private static final Pattern BY = Pattern.compile("由(省(?!级)\\p{IsHan}{2,20})");

	private LeadStatements() {
	}

	static List<TaskRecord> read(Lookups lookups, DocumentBlock block, List<Outline.Section> outline) {
		List<TaskRecord> tasks = new ArrayList<>();
		for (Outline.Section section : outline) {
			if (section.preamble() != null) {
				task(lookups, block, section.numeral(), section.title(), section.preamble()).ifPresent(tasks::add);
			}
			for (Outline.Item item : section.items()) {
				String key = section.numeral() + "/(" + item.numeral() + ")";
				task(lookups, block, key, item.title(), item.paragraph()).ifPresent(tasks::add);
			}
		}
		return tasks;
	}

	private static Optional<TaskRecord> task(Lookups lookups, DocumentBlock block, String key, String title,
			Paragraph paragraph) {
		Map<String, TaskAssignmentRecord> assignments = new LinkedHashMap<>();
		for (String sentence : Outline.withoutMarker(paragraph.text()).split("。")) {
			for (TaskAssignmentRecord assignment : sentence(lookups, sentence, paragraph.from())) {
				// a unit that leads in one sentence and helps in another leads the task
				assignments.merge(assignment.unit(), assignment,
						(kept, next) -> kept.role() == AssignmentRole.LEAD ? kept : next);
			}
		}
		if (assignments.isEmpty()) {
			return Optional.empty();
		}
		List<TaskAssignmentRecord> all = List.copyOf(assignments.values());
		boolean leads = all.stream().anyMatch(a -> a.role() == AssignmentRole.LEAD);
		String text = Outline.withoutMarker(paragraph.text());
		return Optional.of(new TaskRecord(block.key(), key, leads ? TaskKind.LEAD : TaskKind.TASK, title, text,
				TaskRecord.departments(all), all, false, lookups.text().source(paragraph.from(), paragraph.to())));
	}

	static List<TaskAssignmentRecord> sentence(Lookups lookups, String sentence, int line) {
		List<TaskAssignmentRecord> found = new ArrayList<>();
		Matcher lead = LEAD.matcher(sentence);
		Matcher carry = CARRY.matcher(sentence);
		// tried only on sentences holding the words the patterns end in
		boolean mayLead = sentence.contains("牵头") || sentence.contains("会同");
		if (mayLead && lead.lookingAt() && subject(lookups, lead.group(1), AssignmentRole.LEAD, line, found)) {
			Matcher partners = PARTNERS.matcher(sentence);
			while (partners.find()) {
				found.addAll(partners(lookups, partners.group(1), line));
			}
		}
		else if (sentence.contains("负责") && carry.lookingAt()) {
			subject(lookups, carry.group(1), AssignmentRole.RESPONSIBLE, line, found);
		}
		Matcher by = sentence.contains("由省") ? BY.matcher(sentence) : null;
		while (by != null && by.find()) {
			longestDepartment(lookups, by.group(1))
				.ifPresent(unit -> found.add(new TaskAssignmentRecord(unit, AssignmentRole.RESPONSIBLE, false)));
		}
		return found;
	}

	/**
	 * Adds the subject's units; false when the subject is no unit at all (then the
	 * sentence assigns nothing).
	 */
	private static boolean subject(Lookups lookups, String subject, AssignmentRole role, int line,
			List<TaskAssignmentRecord> found) {
		List<TaskAssignmentRecord> units = new ArrayList<>();
		for (String mention : subject.split("、")) {
			Optional<TaskAssignmentRecord> unit = lookups.assigneeOrEmpty(mention, role);
			if (unit.isEmpty() && PROVINCIAL.matcher(subject).find()) {
				// reads as a provincial department, so a miss is an error, not a skip
				units.addAll(lookups.assignee(mention, role, line));
			}
			else if (unit.isEmpty()) {
				return false;
			}
			else {
				units.add(unit.get());
			}
		}
		found.addAll(units);
		return true;
	}

	/**
	 * The partners after 会同, up to the verb: "省统计局等有关部门", "省直相关部门", "相关部门建立…" (the
	 * longest start that is a unit).
	 */
	private static List<TaskAssignmentRecord> partners(Lookups lookups, String words, int line) {
		List<TaskAssignmentRecord> partners = new ArrayList<>();
		String[] mentions = words.split("[、等]");
		for (int i = 0; i < mentions.length; i++) {
			if (i < mentions.length - 1) {
				partners.addAll(lookups.assignee(mentions[i], AssignmentRole.RESPONSIBLE, line));
				continue;
			}
			String last = mentions[i];
			Optional<TaskAssignmentRecord> unit = Optional.empty();
			for (int end = last.length(); end >= 2 && unit.isEmpty(); end--) {
				unit = lookups.assigneeOrEmpty(last.substring(0, end), AssignmentRole.RESPONSIBLE);
			}
			if (unit.isEmpty()) {
				Matcher organ = ORGAN.matcher(last);
				if (!organ.lookingAt()) {
					throw lookups.text()
						.error(line, "the partners after 会同 in \"" + words
								+ "\" are neither registered departments nor generic parties (有关部门, 地方各级政府)");
				}
				// a provincial department the registry does not know: resolved as any
				// other mention (an error when strict; a unit of its own when lenient)
				partners.addAll(lookups.assignee(organ.group(), AssignmentRole.RESPONSIBLE, line));
				continue;
			}
			partners.add(unit.get());
		}
		return partners;
	}

	/** The longest start of the words after 由 that is a registered department. */
	private static Optional<String> longestDepartment(Lookups lookups, String words) {
		for (int end = words.length(); end >= 2; end--) {
			String unit = lookups.unitOrNull(words.substring(0, end));
			if (unit != null) {
				return Optional.of(unit);
			}
		}
		return Optional.empty();
	}

}
