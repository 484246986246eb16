package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.record.TaskAssignmentRecord;
import org.policygraph.ingest.record.TaskKind;
import org.policygraph.ingest.record.TaskRecord;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.Paragraph;
import org.policygraph.ingest.text.SourceLine;

/**
 * Items that end with their responsible units, "…（责任单位：省住房城乡建设厅、省公安厅、省质监局）" (both bracket
 * styles, and mixed ones, occur): a plain list, so every unit is responsible unless the
 * annotation says who leads. Items under 政策措施 are policy measures, others tasks. Once a
 * section annotates one item it must annotate all, so a lost or unclosed annotation is an
 * error.
 */
final class AnnotatedTasks {

	private static final Pattern ANNOTATION = Pattern.compile("[（(]责任单位[：:]([^（()）]*)[）)]\\s*$");

	private AnnotatedTasks() {
	}

	static List<TaskRecord> read(Lookups lookups, DocumentBlock block, List<Outline.Section> outline) {
		List<TaskRecord> tasks = new ArrayList<>();
		for (Outline.Section section : outline) {
			if (section.items().stream().noneMatch(item -> item.paragraph().text().contains("责任单位"))) {
				continue;
			}
			TaskKind kind = section.title().contains("政策措施") ? TaskKind.POLICY_MEASURE : TaskKind.TASK;
			for (Outline.Item item : section.items()) {
				tasks.add(task(lookups, block, section, item, kind));
			}
		}
		return tasks;
	}

	private static TaskRecord task(Lookups lookups, DocumentBlock block, Outline.Section section, Outline.Item item,
			TaskKind kind) {
		GazetteText text = lookups.text();
		Paragraph paragraph = item.paragraph();
		String marker = "(" + item.numeral() + ")";
		int line = annotationLine(text, paragraph);
		if (line == 0) {
			throw text.error(paragraph.to(), section.numeral() + marker + " " + item.title()
					+ " has no （责任单位：…） annotation at its end, unlike the other items of " + section.title());
		}
		Matcher annotation = ANNOTATION.matcher(item.text());
		if (!annotation.find()) {
			throw text.error(line, "the （责任单位：… annotation of " + section.numeral() + marker
					+ " is not closed with ） at the end of the item");
		}
		String body = item.text().substring(0, annotation.start()).strip();
		List<TaskAssignmentRecord> assignments = lookups.assignments(annotation.group(1), line);
		return new TaskRecord(block.key(), section.numeral() + "/" + marker, kind, item.title(), body,
				TaskRecord.departments(assignments), assignments, annotation.group(1).contains("分别牵头"),
				text.source(paragraph.from(), paragraph.to()));
	}

	private static int annotationLine(GazetteText text, Paragraph paragraph) {
		for (SourceLine line : text.lines(paragraph.from(), paragraph.to())) {
			if (line.text().contains("责任单位")) {
				return line.number();
			}
		}
		return 0;
	}

}
