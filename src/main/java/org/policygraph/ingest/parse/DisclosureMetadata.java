package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.SourceLine;

/**
 * The metadata block a government-information-disclosure platform (政府信息公开) prints above a
 * document: 索引号, 分类 or 主题分类, 发文机关, 成文日期, 标题, 发文字号, 发布日期, sometimes 主题词 and 有效性. Platforms
 * space the labels out to align them (索 引 号, 标 题), print the block twice (a field per
 * line, then two fields per line) and sometimes collapse a page onto one line, so a field
 * is found by its label anywhere in a line and runs to the next label.
 *
 * @param fields every label (without spaces) with its first value, in printed order
 * @param conflicts a label printed twice with two different values, as "label: first ≠
 * second (line n)"
 * @param from first line of the block
 * @param to last line of the block
 */
record DisclosureMetadata(Map<String, Field> fields, List<String> conflicts, int from, int to) {

	/** A value and the line it is printed on. */
	record Field(String value, int line) {
	}

	static final List<String> LABELS = List.of("索引号", "主题分类", "分类", "发文机关", "成文日期", "标题", "发文字号", "文号", "发布日期", "主题词",
			"有效性", "生效日期", "废止日期", "体裁分类", "组配分类", "信息来源");

	/** Three labels make a block; one "标题：" alone can be a line of running text. */
	private static final int MINIMUM_LABELS = 3;

	private static final Pattern LABEL = Pattern.compile(LABELS.stream()
		.map(label -> label.codePoints().mapToObj(Character::toString).collect(Collectors.joining("[\\s\\u3000]*")))
		.collect(Collectors.joining("|", "(?<![\\p{IsHan}])(", ")[\\s\\u3000]*[:：]")));

	DisclosureMetadata {
		fields = Map.copyOf(fields);
		conflicts = List.copyOf(conflicts);
	}

	/**
	 * The block at the head of the text, or null when the text has none. Lines before it
	 * (the platform's navigation) and blank lines inside it belong to no field.
	 */
	static DisclosureMetadata find(GazetteText text) {
		Map<String, Field> fields = new LinkedHashMap<>();
		List<String> conflicts = new ArrayList<>();
		int from = 0;
		int to = 0;
		int labels = 0;
		for (int n = 1; n <= text.lineCount(); n++) {
			SourceLine line = text.line(n);
			if (line.isBlank()) {
				continue;
			}
			List<Map.Entry<String, String>> found = fieldsOf(line.trimmed());
			if (found.isEmpty()) {
				if (from != 0) {
					break;
				}
				continue;
			}
			from = from == 0 ? n : from;
			to = n;
			for (Map.Entry<String, String> field : found) {
				labels++;
				Field earlier = fields.putIfAbsent(field.getKey(), new Field(field.getValue(), n));
				if (earlier != null && !compact(earlier.value()).equals(compact(field.getValue()))) {
					conflicts.add(field.getKey() + ": " + earlier.value() + " (line " + earlier.line() + ") ≠ "
							+ field.getValue() + " (line " + n + ")");
				}
			}
		}
		return labels >= MINIMUM_LABELS ? new DisclosureMetadata(fields, conflicts, from, to) : null;
	}

	/** The labelled fields of one line, each running to the next label. */
	static List<Map.Entry<String, String>> fieldsOf(String line) {
		Matcher m = LABEL.matcher(line);
		// a line of running text is dismissed at its first character rather than
		// searched through (every line of a gazette issue is asked)
		if (!m.lookingAt()) {
			return List.of();
		}
		m.reset();
		List<int[]> spans = new ArrayList<>();
		List<String> names = new ArrayList<>();
		while (m.find()) {
			spans.add(new int[] { m.start(), m.end() });
			names.add(compact(m.group(1)));
		}
		if (spans.isEmpty() || spans.getFirst()[0] != 0) {
			return List.of();
		}
		List<Map.Entry<String, String>> fields = new ArrayList<>();
		for (int i = 0; i < spans.size(); i++) {
			int end = i + 1 < spans.size() ? spans.get(i + 1)[0] : line.length();
			fields.add(Map.entry(names.get(i), line.substring(spans.get(i)[1], end).strip()));
		}
		return fields;
	}

	String value(String label) {
		Field field = fields.get(label);
		return field == null || field.value().isBlank() ? null : field.value();
	}

	Integer line(String label) {
		Field field = fields.get(label);
		return field == null ? null : field.line();
	}

	String number() {
		return value("发文字号") != null ? value("发文字号") : value("文号");
	}

	/** 分类 / 主题分类 and 主题词, each term once: "社会福利;社会保障 ; 通知" gives three. */
	List<String> topics() {
		return Stream.of(value("主题分类"), value("分类"), value("主题词"))
			.filter(v -> v != null)
			.flatMap(v -> Stream.of(v.split("[;；,，、\\s\\u3000]+")))
			.map(String::strip)
			.filter(t -> !t.isEmpty())
			.distinct()
			.toList();
	}

	private static String compact(String text) {
		return text.replaceAll("[\\s\\u3000]+", "");
	}

}
