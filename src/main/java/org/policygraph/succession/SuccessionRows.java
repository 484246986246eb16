package org.policygraph.succession;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policygraph.department.DepartmentEntry;
import org.policygraph.department.DepartmentKind;
import org.policygraph.department.DepartmentRegistry;

/**
 * Reads the rows of {@code successions.tsv}: the columns, the names against the registry,
 * and the rows against each other. What follows from the rows together (cycles, chains)
 * is {@link Successions}'.
 */
final class SuccessionRows {

	private SuccessionRows() {
	}

	/**
	 * The rows of a reference file, each checked against the registry, and checked
	 * together for repeats and contradictions.
	 */
	static List<ReformStatement> read(List<String> lines, String fileName, DepartmentRegistry registry) {
		List<ReformStatement> statements = new ArrayList<>();
		boolean header = false;
		for (int i = 0; i < lines.size(); i++) {
			int lineNo = i + 1;
			String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (!header) {
				if (!line.equals(Successions.HEADER)) {
					throw malformed(fileName, lineNo,
							"expected the header \"" + Successions.HEADER.replace("\t", "\\t") + "\"");
				}
				header = true;
				continue;
			}
			statements.add(parseRow(line, fileName, lineNo, registry));
		}
		if (!header) {
			throw malformed(fileName, 1, "no header \"" + Successions.HEADER.replace("\t", "\\t") + "\"");
		}
		checkConsistency(statements, fileName);
		return statements;
	}

	private static ReformStatement parseRow(String line, String fileName, int lineNo, DepartmentRegistry registry) {
		String[] cells = line.split("\t", -1);
		if (cells.length != 7) {
			throw malformed(fileName, lineNo, "expected 7 tab-separated columns ("
					+ Successions.HEADER.replace('\t', ' ') + ") but found " + cells.length);
		}
		String body = body(cells[0].strip(), "body", fileName, lineNo, registry);
		ReformEvent event;
		try {
			event = ReformEvent.valueOf(cells[1].strip());
		}
		catch (IllegalArgumentException ex) {
			throw malformed(fileName, lineNo,
					"unknown event \"" + cells[1].strip() + "\", expected one of " + List.of(ReformEvent.values()));
		}
		String toCell = cells[2].strip();
		String onCell = cells[3].strip();
		String source = blankToNull(cells[4]);
		String says = blankToNull(cells[5]);
		String note = blankToNull(cells[6]);
		String to = null;
		if (event.succession().isPresent()) {
			if (toCell.isEmpty()) {
				throw malformed(fileName, lineNo, event + " needs the body that took over in \"to\"");
			}
			to = body(toCell, "to", fileName, lineNo, registry);
			if (to.equals(body)) {
				throw malformed(fileName, lineNo, body + " cannot succeed itself");
			}
			for (String name : List.of(body, to)) {
				if (registry.find(name).orElseThrow().kind() == DepartmentKind.STATE_OWNED_ENTERPRISE) {
					throw malformed(fileName, lineNo, name
							+ " is a company; successions link departments (Succession.from and .to are departments)");
				}
			}
		}
		else if (!toCell.isEmpty()) {
			throw malformed(fileName, lineNo, event + " takes no \"to\" but found \"" + toCell + "\"");
		}
		LocalDate on = null;
		if (!onCell.isEmpty()) {
			try {
				on = LocalDate.parse(onCell);
			}
			catch (DateTimeParseException ex) {
				throw malformed(fileName, lineNo,
						"\"" + onCell + "\" is not a date (yyyy-MM-dd); leave \"on\" empty when the source gives none");
			}
		}
		if (event == ReformEvent.UNSOURCED) {
			if (source != null || on != null) {
				throw malformed(fileName, lineNo, "UNSOURCED takes no source and no date; state the event instead");
			}
		}
		else {
			if (source == null) {
				throw malformed(fileName, lineNo, event + " for " + body + " has no source");
			}
			if (says == null) {
				throw malformed(fileName, lineNo, event + " for " + body + " does not record what the source says");
			}
		}
		if ((event == ReformEvent.FOUNDED || event == ReformEvent.DISSOLVED) && on == null) {
			throw malformed(fileName, lineNo, event + " needs the date the source gives");
		}
		return new ReformStatement(lineNo, body, event, to, on, source, says, note);
	}

	/** Canonical or full name only: an alias is too loose a key for reviewed data. */
	private static String body(String name, String column, String fileName, int lineNo, DepartmentRegistry registry) {
		if (name.isEmpty()) {
			throw malformed(fileName, lineNo, "empty " + column);
		}
		Optional<DepartmentEntry> entry = registry.find(name);
		if (entry.isEmpty()) {
			throw malformed(fileName, lineNo,
					"unknown body \"" + name + "\" in \"" + column + "\": add it to departments.tsv first");
		}
		if (!entry.get().name().equals(name) && !entry.get().fullName().equals(name)) {
			throw malformed(fileName, lineNo, "\"" + name + "\" is an alias; name the body by its canonical name "
					+ entry.get().name() + " or full name " + entry.get().fullName());
		}
		return entry.get().name();
	}

	private static void checkConsistency(List<ReformStatement> statements, String fileName) {
		Map<String, ReformStatement> seen = new HashMap<>();
		Map<String, ReformStatement> ending = new HashMap<>();
		Map<String, ReformStatement> continuing = new HashMap<>();
		for (ReformStatement s : statements) {
			String key = s.body() + "\t" + s.event() + "\t" + s.to();
			ReformStatement previous = seen.putIfAbsent(key, s);
			if (previous != null) {
				throw malformed(fileName, s.line(), "repeats line " + previous.line());
			}
			boolean ends = s.event() == ReformEvent.DISSOLVED
					|| s.kind().map(SuccessionKind::endsTheBody).orElse(false);
			if (ends) {
				ending.putIfAbsent(s.body(), s);
			}
			if (s.event() == ReformEvent.CONTINUES) {
				continuing.putIfAbsent(s.body(), s);
			}
		}
		for (ReformStatement s : statements) {
			ReformStatement end = ending.get(s.body());
			ReformStatement goesOn = continuing.get(s.body());
			if (end != null && goesOn != null) {
				ReformStatement later = end.line() > goesOn.line() ? end : goesOn;
				throw malformed(fileName, later.line(), s.body() + " cannot both continue (line " + goesOn.line()
						+ ") and end (line " + end.line() + ")");
			}
			if (end != null && end.on() != null) {
				for (ReformStatement other : statements) {
					if (other.body().equals(s.body()) && other.event().succession().isPresent() && other.on() != null
							&& other.on().isAfter(end.on())) {
						throw malformed(fileName, other.line(), s.body() + " hands on functions after it ended on "
								+ end.on() + " (line " + end.line() + ")");
					}
				}
			}
		}
	}

	private static String blankToNull(String cell) {
		String value = cell.strip();
		return value.isEmpty() ? null : value;
	}

	static IllegalArgumentException malformed(String fileName, int lineNo, String problem) {
		return new IllegalArgumentException(fileName + ":" + lineNo + ": " + problem);
	}

}
