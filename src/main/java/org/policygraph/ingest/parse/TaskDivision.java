package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

import org.policygraph.ingest.record.AnnexRecord;
import org.policygraph.ingest.record.TaskAssignmentRecord;
import org.policygraph.ingest.record.TaskKind;
import org.policygraph.ingest.record.TaskRecord;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.Table;
import org.policygraph.ingest.text.TableRow;
import org.policygraph.ingest.text.TextRepair;

/**
 * A task division table (重点任务分工方案, Annex 2 of 52号): 序号 / 重点任务 / 责任单位. "分别牵头" means each
 * named unit leads its own part of the task; the generic parties beside the leads
 * (其他有关部门按职责分工负责) are responsible.
 */
final class TaskDivision {

	static final String HEADER = "序号\t重点任务\t责任单位";

	private static final Pattern FINAL_STOP = Pattern.compile("。$");

	private TaskDivision() {
	}

	static List<TaskRecord> read(Lookups lookups, DocumentBlock block, List<AnnexRecord> annexes) {
		GazetteText text = lookups.text();
		int header = 0;
		for (int n = block.from(); n <= block.to() && header == 0; n++) {
			header = text.line(n).trimmed().equals(HEADER) ? n : 0;
		}
		if (header == 0) {
			return List.of();
		}
		String prefix = keyPrefix(annexes, header);
		List<TableRow> rows = Table.read(text, header, cell -> cell.matches("\\d+"), "task division table");
		List<TaskRecord> tasks = new ArrayList<>();
		for (TableRow row : rows) {
			if (!row.cell(0).equals(String.valueOf(tasks.size() + 1))) {
				throw text.error(row.from(),
						"task number \"" + row.cell(0) + "\" out of sequence; expected " + (tasks.size() + 1));
			}
			String responsible = TextRepair.dropDuplicatedFragment(row.cell(2));
			if (responsible.isEmpty()) {
				throw text.error(row.from(), "task " + row.cell(0) + " names no responsible unit (责任单位)");
			}
			String task = row.cell(1);
			List<TaskAssignmentRecord> assignments = lookups.assignments(responsible, row.from());
			List<String> units = TaskRecord.departments(assignments);
			if (units.isEmpty()) {
				throw text.error(row.from(), "task " + row.cell(0) + " names no department among its units");
			}
			tasks.add(new TaskRecord(block.key(), prefix + row.cell(0), TaskKind.KEY_TASK,
					FINAL_STOP.matcher(task).replaceAll(""), task, units, assignments, responsible.contains("分别牵头"),
					text.source(row.from(), row.to())));
		}
		return tasks;
	}

	/** Tasks are keyed by the annex that holds the table: annex2/13. */
	private static String keyPrefix(List<AnnexRecord> annexes, int header) {
		return annexes.stream()
			.filter(annex -> annex.source().fromLine() < header)
			.reduce((first, second) -> second)
			.map(annex -> "annex" + annex.no() + "/")
			.orElse("table/");
	}

}
