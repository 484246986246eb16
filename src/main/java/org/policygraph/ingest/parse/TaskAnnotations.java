package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.Paragraph;
import org.policygraph.ingest.text.SourceLine;

/**
 * Responsibility annotations in the forms documents use, in either bracket style, at the
 * end of a task or of each of its numbered parts: （责任单位：…）, （牵头单位：…；责任单位：…）,
 * （X牵头，Y按职责分工负责）, （X、Y按职责分工负责）, （X负责）. Each annotated stretch of text is one task, its
 * units the lead units first, then the others, in printed order.
 */
final class TaskAnnotations {

	/** What the annotation's units are: names, never a sentence. */
	private static final String UNITS = "[^（()）。：:；;]{2,200}?";

	private static final List<Pattern> FORMS = List.of(
			Pattern.compile(
					"[（(](?:牵头单位[：:](?<lead>" + UNITS + ")[；;，,]\\s*)?(?:责任单位|配合单位)[：:](?<rest>[^（()）]{2,300}?)[）)]"),
			Pattern.compile("[（(]牵头单位[：:](?<lead>" + UNITS + ")[）)]"),
			Pattern.compile(
					"[（(](?<lead>" + UNITS + ")牵头[，,、]\\s*(?<rest>" + UNITS + ")(?:等)?(?:按职责分工负责|按职责负责|配合|参与|负责)[）)]"),
			Pattern.compile("[（(](?<lead>" + UNITS + ")(?:分别)?牵头[）)]"),
			Pattern.compile("[（(](?<rest>" + UNITS + ")(?:等)?(?:按职责分工负责|按职责负责|负责)[）)]"));

	private TaskAnnotations() {
	}

	/** One annotated task before its units are resolved. */
	record Annotated(String key, String title, String text, List<String> units, boolean separateLeads, int from, int to,
			int line) {
	}

	static List<Annotated> read(GazetteText text, int from, int to) {
		List<Annotated> tasks = new ArrayList<>();
		for (Outline.Section section : Outline.of(text, from, to)) {
			if (section.preamble() != null) {
				tasks.addAll(annotated(text, section.numeral() + "/", section.preamble(), section.preamble().text()));
			}
			for (Outline.Item item : section.items()) {
				tasks.addAll(annotated(text, section.numeral() + "/(" + item.numeral() + ")", item.paragraph(),
						item.text()));
			}
		}
		return tasks;
	}

	private static List<Annotated> annotated(GazetteText text, String key, Paragraph paragraph, String body) {
		List<Matcher> found = new ArrayList<>();
		int at = 0;
		while (at < body.length()) {
			Matcher best = null;
			for (Pattern form : FORMS) {
				Matcher m = form.matcher(body);
				if (m.find(at) && (best == null || m.start() < best.start())) {
					best = m;
				}
			}
			if (best == null) {
				break;
			}
			found.add(best);
			at = best.end();
		}
		List<Annotated> tasks = new ArrayList<>();
		int start = 0;
		for (int i = 0; i < found.size(); i++) {
			Matcher m = found.get(i);
			String taskText = body.substring(start, m.start()).replaceAll("^[。；;，,\\s]+", "").strip();
			start = m.end();
			String taskKey = found.size() == 1 ? key : key + "/" + (i + 1);
			String lead = group(m, "lead");
			String rest = group(m, "rest");
			List<String> units = new ArrayList<>(split(lead));
			split(rest).stream().filter(u -> !units.contains(u)).forEach(units::add);
			boolean separate = m.group().contains("分别牵头");
			tasks.add(new Annotated(taskKey, title(taskText), taskText, units, separate, paragraph.from(),
					paragraph.to(), lineOf(text, paragraph, m.group())));
		}
		return tasks;
	}

	/** The unit names of one part of an annotation, without the words around them. */
	static List<String> split(String phrase) {
		if (phrase == null) {
			return List.of();
		}
		String cleaned = phrase.replaceAll("[\\s\\u3000]+", "")
			.replaceAll("(等)?(按职责分工负责|按职责负责|分别牵头|牵头|配合|参与|负责)$", "")
			.replaceAll("等$", "");
		return Stream.of(cleaned.split("[、，,；;]"))
			.map(s -> s.replaceAll("^(和|及|以及)", "").replaceAll("等$", "").strip())
			.filter(s -> !s.isEmpty())
			.filter(s -> !isGeneric(s))
			.toList();
	}

	/**
	 * 其他有关部门, 各县（市、区）政府, 各开发区管委会: everyone else, not a unit (the registry's own list of
	 * such phrases is for the province's documents; these are the forms that stand for
	 * many bodies anywhere).
	 */
	private static boolean isGeneric(String unit) {
		return unit.contains("有关部门") || unit.contains("相关部门") || unit.startsWith("各") || unit.equals("地方各级政府");
	}

	private static String group(Matcher m, String name) {
		try {
			return m.group(name);
		}
		catch (IllegalArgumentException noSuchGroup) {
			return null;
		}
	}

	private static String title(String text) {
		int stop = text.indexOf('。');
		return stop < 0 ? text : text.substring(0, stop);
	}

	/** The line an annotation begins on, for errors about its units. */
	private static int lineOf(GazetteText text, Paragraph paragraph, String annotation) {
		String head = annotation.substring(0, Math.min(4, annotation.length()));
		for (SourceLine line : text.lines(paragraph.from(), paragraph.to())) {
			if (line.text().contains(head)) {
				return line.number();
			}
		}
		return paragraph.to();
	}

}
