package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.department.GenericParties;
import org.policygraph.ingest.record.AssignmentRole;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.Paragraph;
import org.policygraph.ingest.text.SourceLine;

/**
 * Responsibility annotations in the forms documents use, in either bracket style, at the
 * end of a task or of each of its numbered parts: （责任单位：…）, （牵头单位：…；责任单位：…）,
 * （X牵头，Y按职责分工负责）, （X、Y按职责分工负责）, （X负责）. Each annotated stretch of text is one task, its
 * units the lead units first, then the others, in printed order, each with its role as
 * the gazette's annotations give it: 牵头 and 牵头单位 lead; 负责, 配合, 按职责分工负责 and a plain 责任单位
 * list carry it. Generic parties (其他有关部门, 各县（市、区）政府) keep their place as parties, not
 * units.
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
	record Annotated(String key, String title, String text, List<Mention> assignments, boolean separateLeads, int from,
			int to, int line) {

		Annotated {
			assignments = List.copyOf(assignments);
		}

		/** The mentions that name units, not generic parties, in printed order. */
		List<String> units() {
			return assignments.stream().filter(m -> !m.party()).map(Mention::name).toList();
		}

	}

	/**
	 * A unit or a generic party as printed, with its role.
	 *
	 * @param party true for a generic party, whose name is kept as printed
	 */
	record Mention(String name, AssignmentRole role, boolean party) {
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
			List<Mention> units = new ArrayList<>();
			add(units, mentions(lead, AssignmentRole.LEAD));
			add(units, mentions(rest, AssignmentRole.RESPONSIBLE));
			boolean separate = m.group().contains("分别牵头");
			tasks.add(new Annotated(taskKey, title(taskText), taskText, units, separate, paragraph.from(),
					paragraph.to(), lineOf(text, paragraph, m.group())));
		}
		return tasks;
	}

	/** Each unit once, in its first role, in printed order. */
	static void add(List<Mention> into, List<Mention> mentions) {
		for (Mention mention : mentions) {
			if (into.stream().noneMatch(m -> m.name().equals(mention.name()))) {
				into.add(mention);
			}
		}
	}

	/**
	 * The units and parties of one part of an annotation or one table cell, without the
	 * words around them; a clause ending in 牵头 (省民政厅牵头，省财政厅配合) leads whatever the part's
	 * role.
	 */
	static List<Mention> mentions(String phrase, AssignmentRole role) {
		if (phrase == null) {
			return List.of();
		}
		List<Mention> mentions = new ArrayList<>();
		for (String clause : phrase.replaceAll("[\\s\\u3000]+", "").split("[，,；;]")) {
			AssignmentRole clauseRole = clause.matches(".*(分别)?牵头$") ? AssignmentRole.LEAD : role;
			for (String name : split(clause)) {
				mentions.add(new Mention(name, clauseRole, isGeneric(name)));
			}
		}
		return mentions;
	}

	/**
	 * The names of one clause, without the words around them; a generic party joined by 和
	 * (市财政局和其他有关部门) is split off.
	 */
	private static List<String> split(String clause) {
		String cleaned = clause.replaceAll("(等)?(按职责分工负责|按职责负责|分别牵头|牵头|配合|参与|负责)$", "").replaceAll("等$", "");
		List<String> names = new ArrayList<>();
		for (String name : outsideBrackets(cleaned, '、')) {
			name = name.replaceAll("^(和|及|以及)", "").replaceAll("等$", "").strip();
			int and = name.lastIndexOf('和');
			if (and > 0 && isGeneric(name.substring(and + 1)) && !isGeneric(name.substring(0, and))) {
				names.add(name.substring(0, and));
				names.add(name.substring(and + 1));
			}
			else if (!name.isEmpty()) {
				names.add(name);
			}
		}
		return names;
	}

	/** 各县（市、区）政府 is one name: the 、 inside its brackets separates nothing. */
	private static List<String> outsideBrackets(String text, char separator) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '（' || c == '(') {
				depth++;
			}
			else if ((c == '）' || c == ')') && depth > 0) {
				depth--;
			}
			else if (c == separator && depth == 0) {
				parts.add(text.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(text.substring(start));
		return parts;
	}

	/**
	 * 其他有关部门, 各县（市、区）政府, 各开发区管委会: everyone else, not a unit (the registry's own list of
	 * such phrases is for the province's documents; these are the forms that stand for
	 * many bodies anywhere).
	 */
	private static boolean isGeneric(String unit) {
		return GenericParties.recognise(unit).isPresent() || unit.contains("有关部门") || unit.contains("相关部门")
				|| unit.startsWith("各") || unit.equals("地方各级政府");
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
