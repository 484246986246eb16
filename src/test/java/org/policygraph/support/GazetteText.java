package org.policygraph.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Reads expectations straight from the gazette file with the simplest possible means
 * (split on tabs, drop whitespace), independent of the parser, so tests check the API
 * against the text itself.
 */
public final class GazetteText {

	public static final Path FILE = Path.of("graph-seed/jilin-gazette-2017-22.txt");

	private GazetteText() {
	}

	public static List<String> lines() {
		try {
			return Files.readAllLines(FILE, StandardCharsets.UTF_8);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** A row of Annex 1 as printed, whitespace removed from every cell. */
	public record ServiceRow(int line, int no, String name, String funding, String leads) {
	}

	public static List<ServiceRow> serviceRows() {
		List<String> lines = lines();
		List<ServiceRow> rows = new ArrayList<>();
		for (int i = 0; i < lines.size(); i++) {
			String[] cells = lines.get(i).split("\t");
			if (i + 1 >= 599 && i + 1 <= 714 && cells.length == 6 && cells[0].strip().matches("\\d+")) {
				rows.add(new ServiceRow(i + 1, Integer.parseInt(cells[0].strip()), squeeze(cells[1]), squeeze(cells[4]),
						squeeze(cells[5])));
			}
		}
		return rows;
	}

	public static String squeeze(String s) {
		return s.replaceAll("\\s+", "");
	}

}
