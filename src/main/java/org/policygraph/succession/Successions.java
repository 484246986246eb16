package org.policygraph.succession;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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
		Successions successions = new Successions(SuccessionRows.read(lines, fileName, registry), fullNames);
		successions.checkAcyclic(fileName);
		return successions;
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
				throw SuccessionRows.malformed(fileName, s.line(),
						"closes a cycle: " + String.join(" → ", path) + " → " + s.to());
			}
			visit(s.to(), path, done, fileName);
		}
		path.remove(body);
		done.add(body);
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
