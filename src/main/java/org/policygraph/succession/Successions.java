package org.policygraph.succession;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.policygraph.department.DepartmentEntry;
import org.policygraph.department.DepartmentKind;
import org.policygraph.department.DepartmentRegistry;

/**
 * The reviewed reference file of what the reform did to each body
 * ({@code graph-seed/successions.tsv}), checked against the department registry: a row
 * that names an unknown body, a succession without a source, a contradiction or a cycle
 * is refused whole, naming the file and line, so a bad file never reaches the graph.
 */
public final class Successions {

	public static final String FILE_NAME = "successions.tsv";

	static final String HEADER = "body\tevent\tto\ton\tsource\tsays\tnote";

	/** Longer chains than this are a data error long before they are a reform. */
	public static final int MAX_CHAIN = 8;

	private final List<ReformStatement> statements;

	private final Map<String, List<ReformStatement>> outgoing;

	private final Map<String, String> fullNames;

	private Successions(List<ReformStatement> statements, Map<String, String> fullNames) {
		this.statements = List.copyOf(statements);
		this.fullNames = Map.copyOf(fullNames);
		Map<String, List<ReformStatement>> out = new LinkedHashMap<>();
		for (ReformStatement s : statements) {
			if (s.isSuccession()) {
				out.computeIfAbsent(s.body(), k -> new ArrayList<>()).add(s);
			}
		}
		this.outgoing = out;
	}

	private static final Successions NONE = new Successions(List.of(), Map.of());

	/** No reference file: for seeds that bring none and ingesters given none. */
	public static Successions none() {
		return NONE;
	}

	/** True when no reference file was given, as opposed to a file without rows. */
	public boolean isAbsent() {
		return this == NONE;
	}

	/**
	 * Reads and checks a reference file against the registry.
	 * @throws IllegalArgumentException naming the file and line of the first problem
	 */
	public static Successions load(InputStream in, String fileName, DepartmentRegistry registry) {
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
			return parse(reader.lines().toList(), fileName, registry);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("cannot read " + fileName, ex);
		}
	}

	static Successions parse(List<String> lines, String fileName, DepartmentRegistry registry) {
		// Full names are unique in the country; they are how the writer finds the nodes.
		Map<String, String> fullNames = new HashMap<>();
		registry.entries().forEach(entry -> fullNames.put(entry.name(), entry.fullName()));
		List<ReformStatement> statements = new ArrayList<>();
		boolean header = false;
		for (int i = 0; i < lines.size(); i++) {
			int lineNo = i + 1;
			String line = i == 0 && lines.get(i).startsWith("\uFEFF") ? lines.get(i).substring(1) : lines.get(i);
			if (line.isBlank() || line.startsWith("#")) {
				continue;
			}
			if (!header) {
				if (!line.equals(HEADER)) {
					throw malformed(fileName, lineNo, "expected the header \"" + HEADER.replace("\t", "\\t") + "\"");
				}
				header = true;
				continue;
			}
			statements.add(parseRow(line, fileName, lineNo, registry));
		}
		if (!header) {
			throw malformed(fileName, 1, "no header \"" + HEADER.replace("\t", "\\t") + "\"");
		}
		checkConsistency(statements, fileName);
		Successions successions = new Successions(statements, fullNames);
		successions.checkAcyclic(fileName);
		return successions;
	}

	private static ReformStatement parseRow(String line, String fileName, int lineNo, DepartmentRegistry registry) {
		String[] cells = line.split("\t", -1);
		if (cells.length != 7) {
			throw malformed(fileName, lineNo,
					"expected 7 tab-separated columns (" + HEADER.replace('\t', ' ') + ") but found " + cells.length);
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

	private void checkAcyclic(String fileName) {
		Set<String> done = new HashSet<>();
		for (String body : outgoing.keySet()) {
			visit(body, new LinkedHashSet<>(), done, fileName);
		}
	}

	private void visit(String body, LinkedHashSet<String> path, Set<String> done, String fileName) {
		if (done.contains(body)) {
			return;
		}
		path.add(body);
		if (path.size() > MAX_CHAIN) {
			throw new IllegalArgumentException(
					fileName + ": the succession chain " + String.join(" → ", path) + " is longer than " + MAX_CHAIN);
		}
		for (ReformStatement s : outgoing.getOrDefault(body, List.of())) {
			if (path.contains(s.to())) {
				throw malformed(fileName, s.line(), "closes a cycle: " + String.join(" → ", path) + " → " + s.to());
			}
			visit(s.to(), path, done, fileName);
		}
		path.remove(body);
		done.add(body);
	}

	private static String blankToNull(String cell) {
		String value = cell.strip();
		return value.isEmpty() ? null : value;
	}

	private static IllegalArgumentException malformed(String fileName, int lineNo, String problem) {
		return new IllegalArgumentException(fileName + ":" + lineNo + ": " + problem);
	}

	/** Every row in file order. */
	public List<ReformStatement> statements() {
		return statements;
	}

	/** The rows that are successions, in file order. */
	public List<ReformStatement> successions() {
		return statements.stream().filter(ReformStatement::isSuccession).toList();
	}

	/** The full name of a body with rows (吉林省卫生和计划生育委员会), unique in the country. */
	public String fullName(String body) {
		return fullNames.get(body);
	}

	/** True when a row ends the body: a succession that ends it, or DISSOLVED. */
	public boolean dissolved(String body) {
		return ending(body).isPresent();
	}

	public Optional<LocalDate> dissolvedOn(String body) {
		return ending(body).map(ReformStatement::on);
	}

	public Optional<LocalDate> foundedOn(String body) {
		return statements.stream()
			.filter(s -> s.body().equals(body) && s.event() == ReformEvent.FOUNDED)
			.map(ReformStatement::on)
			.findFirst();
	}

	private Optional<ReformStatement> ending(String body) {
		return statements.stream()
			.filter(s -> s.body().equals(body)
					&& (s.event() == ReformEvent.DISSOLVED || s.kind().map(SuccessionKind::endsTheBody).orElse(false)))
			.findFirst();
	}

	/**
	 * The bodies that hold a body's functions today: itself while it exists, else whoever
	 * its successions lead to, followed to the end of the chain. The graph answers the
	 * same from the relationships this file writes; the tests compare both.
	 */
	public List<String> current(String body) {
		if (!dissolved(body)) {
			return List.of(body);
		}
		Set<String> now = new LinkedHashSet<>();
		for (ReformStatement s : outgoing.getOrDefault(body, List.of())) {
			now.addAll(current(s.to()));
		}
		return List.copyOf(now);
	}

	/** Bodies that have a row (as the body or as the body taking over). */
	public Set<String> bodies() {
		Set<String> bodies = new LinkedHashSet<>();
		for (ReformStatement s : statements) {
			bodies.add(s.body());
			if (s.to() != null) {
				bodies.add(s.to());
			}
		}
		return bodies;
	}

}
