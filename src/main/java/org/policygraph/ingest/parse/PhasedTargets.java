package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.policygraph.ingest.record.PhasedTargetRecord;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.Paragraph;

/**
 * The phases under 发展目标: "(一) 试点示范期（2017—2018年）。在长春、吉林等地先行试点示范。到2018年，A；B；C。" Every goal
 * of the phase is a target, one per clause ending in ； or 。: those stated before
 * "到2018年，" (先行试点示范 is what the phase is for) and those after it. A phase without "到…年"
 * states its targets as whole sentences.
 */
final class PhasedTargets {

	private static final Pattern PHASE = Pattern
		.compile("(\\S+期)\\s*[（(](\\d{4})\\s*[—–\\-~～至]\\s*(\\d{4})年[）)]。?(.*)");

	private static final Pattern BY_YEAR = Pattern.compile("到(\\d{4})年[，,]");

	private PhasedTargets() {
	}

	static List<PhasedTargetRecord> read(GazetteText text, DocumentBlock block, List<Outline.Section> outline) {
		List<PhasedTargetRecord> phases = new ArrayList<>();
		for (Outline.Section section : outline) {
			if (!section.title().contains("目标")) {
				continue;
			}
			for (Outline.Item item : section.items()) {
				Matcher phase = PHASE.matcher(item.text());
				if (phase.matches()) {
					phases.add(phase(text, block, item.paragraph(), phase));
				}
			}
		}
		return phases;
	}

	private static PhasedTargetRecord phase(GazetteText text, DocumentBlock block, Paragraph paragraph, Matcher phase) {
		int fromYear = Integer.parseInt(phase.group(2));
		int toYear = Integer.parseInt(phase.group(3));
		if (toYear < fromYear) {
			throw text.error(paragraph.from(), "phase " + phase.group(1) + " ends (" + toYear + ") before it starts");
		}
		String statements = phase.group(4);
		Matcher by = BY_YEAR.matcher(statements);
		if (by.find()) {
			if (Integer.parseInt(by.group(1)) != toYear) {
				throw text.error(paragraph.from(),
						"phase " + phase.group(1) + " runs to " + toYear + " but sets targets for " + by.group(1));
			}
			statements = statements.substring(0, by.start()) + statements.substring(by.end());
		}
		List<String> targets = Stream.of(statements.split("[；。]"))
			.map(String::strip)
			.filter(s -> !s.isEmpty())
			.toList();
		if (targets.isEmpty()) {
			throw text.error(paragraph.from(), "phase " + phase.group(1) + " states no targets");
		}
		return new PhasedTargetRecord(block.key(), phase.group(1), fromYear, toYear, toYear, targets,
				text.source(paragraph.from(), paragraph.to()));
	}

}
