package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import org.policygraph.ingest.record.AssignmentRole;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.SourceLine;

/**
 * Task tables in single documents: 序号 / a task column (重点任务, 主要任务, 工作任务, 任务, 工作内容) / 牵头单位
 * / 责任单位 (or 配合单位), printed tab-separated or, as pages flattened to text print them, one
 * cell per line, a cell sometimes ending in " |".
 */
final class TaskTables {

	private static final String TASK_COLUMN = ".*(任务|工作内容|工作措施|主要措施|事项).*";

	private TaskTables() {
	}

	static List<TaskAnnotations.Annotated> read(GazetteText text, int from, int to) {
		List<TaskAnnotations.Annotated> tasks = new ArrayList<>();
		for (int n = from; n <= to; n++) {
			List<String> cells = cells(text.line(n).text());
			if (cells.size() > 1 && isHeader(cells)) {
				n = tabSeparated(text, n, to, cells, tasks);
			}
			else if (cells.size() == 1 && cells.getFirst().equals("序号")) {
				n = cellPerLine(text, n, to, tasks);
			}
		}
		return tasks;
	}

	private static boolean isHeader(List<String> cells) {
		return cells.getFirst().equals("序号") && cells.stream().anyMatch(c -> c.matches(TASK_COLUMN))
				&& cells.stream().anyMatch(c -> c.contains("牵头") || c.contains("责任"));
	}

	private static int tabSeparated(GazetteText text, int header, int to, List<String> columns,
			List<TaskAnnotations.Annotated> tasks) {
		int n = header + 1;
		for (; n <= to; n++) {
			SourceLine line = text.line(n);
			if (line.isBlank()) {
				continue;
			}
			List<String> cells = cells(line.text());
			if (cells.size() < 2 || !cells.getFirst().matches("\\d+")) {
				break;
			}
			if (cells.size() != columns.size()) {
				throw text.error(n, "a row of the task table has " + cells.size() + " cells; expected " + columns.size()
						+ " like its header at line " + header + " (" + String.join("|", columns) + ")");
			}
			tasks.add(task(columns, cells, n, n));
		}
		return n - 1;
	}

	/**
	 * The header's cells on consecutive lines of their own, then each row's cells the
	 * same way; the table ends at a blank line or at a row that does not start with its
	 * 序号.
	 */
	private static int cellPerLine(GazetteText text, int header, int to, List<TaskAnnotations.Annotated> tasks) {
		List<String> columns = new ArrayList<>();
		int n = header;
		for (; n <= to && !text.line(n).isBlank(); n++) {
			SourceLine line = text.line(n);
			String cell = cell(line.text());
			if (cell.matches("\\d+")) {
				break;
			}
			columns.add(cell);
		}
		if (!isHeader(columns)) {
			return header;
		}
		while (n <= to) {
			List<SourceLine> row = new ArrayList<>();
			// a row's cells stand on consecutive lines; a blank line ends the table
			for (; n <= to && row.size() < columns.size() && !text.line(n).isBlank(); n++) {
				row.add(text.line(n));
			}
			if (row.isEmpty() || !cell(row.getFirst().text()).matches("\\d+")) {
				return row.isEmpty() ? n : row.getFirst().number() - 1;
			}
			if (row.size() < columns.size()) {
				throw text.error(row.getLast().number(),
						"the task table's row " + cell(row.getFirst().text()) + " ends after " + row.size()
								+ " cells; expected " + columns.size() + " (" + String.join("|", columns) + ")");
			}
			tasks.add(task(columns, row.stream().map(l -> cell(l.text())).toList(), row.getFirst().number(),
					row.getLast().number()));
		}
		return n;
	}

	private static TaskAnnotations.Annotated task(List<String> columns, List<String> cells, int from, int to) {
		String task = "";
		List<TaskAnnotations.Mention> units = new ArrayList<>();
		for (int i = 1; i < columns.size(); i++) {
			String column = columns.get(i);
			if (column.contains("牵头")) {
				TaskAnnotations.add(units, TaskAnnotations.mentions(cells.get(i), AssignmentRole.LEAD));
			}
			else if (column.contains("责任") || column.contains("配合")) {
				TaskAnnotations.add(units, TaskAnnotations.mentions(cells.get(i), AssignmentRole.RESPONSIBLE));
			}
			else if (column.matches(TASK_COLUMN) && task.isEmpty()) {
				task = cells.get(i);
			}
		}
		String title = task.replaceAll("。$", "");
		return new TaskAnnotations.Annotated("table/" + cells.getFirst(), title, task, units,
				cells.stream().anyMatch(c -> c.contains("分别牵头")), from, to, from);
	}

	private static List<String> cells(String line) {
		return Stream.of(line.split("\t", -1)).map(TaskTables::cell).toList();
	}

	private static String cell(String cell) {
		return cell.strip().replaceAll("\\s*\\|$", "").strip();
	}

}
