package org.policygraph.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.document.DocumentNumbers;
import org.policygraph.ingest.record.AppointmentRecord;
import org.policygraph.ingest.record.DocumentKind;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.SourceRef;
import org.policygraph.ingest.text.ChineseDates;
import org.policygraph.ingest.text.GazetteText;
import org.policygraph.ingest.text.Paragraph;
import org.policygraph.ingest.text.SourceLine;

/**
 * The personnel section (吉林省人民政府人事任免): dated entries, each one decision (吉政干任〔2017〕37号)
 * with one or more actions. "同日" repeats the date above.
 */
final class Appointments {

	private static final Pattern ENTRY = Pattern.compile("(\\d{1,2}月\\d{1,2}日|同日)\\s*(.*)");

	private static final Pattern DECISION_NUMBER = Pattern.compile("[（(]([^（()）]*号)[）)]\\s*$");

	private static final Pattern NUMBER_YEAR = Pattern.compile("〔(\\d{4})〕");

	private final Lookups lookups;

	private final GazetteText text;

	private final String issueKey;

	private final List<DocumentBlock> decisions = new ArrayList<>();

	private final List<AppointmentRecord> appointments = new ArrayList<>();

	private Appointments(Lookups lookups, String issueKey) {
		this.lookups = lookups;
		this.text = lookups.text();
		this.issueKey = issueKey;
	}

	record Read(List<DocumentBlock> decisions, List<AppointmentRecord> appointments) {
	}

	static Read read(Lookups lookups, IssueLayout.Part part, String issueKey, int issueYear) {
		Appointments reader = new Appointments(lookups, issueKey);
		String heading = lookups.text().line(part.from()).trimmed();
		LocalDate date = null;
		for (Paragraph entry : entries(lookups.text(), part)) {
			date = reader.entry(entry, heading, date, issueYear);
		}
		return new Read(List.copyOf(reader.decisions), List.copyOf(reader.appointments));
	}

	private LocalDate entry(Paragraph entry, String heading, LocalDate previous, int issueYear) {
		Matcher number = DECISION_NUMBER.matcher(entry.text());
		if (!number.find()) {
			throw text.error(entry.to(), "the personnel entry has no decision number at its end, like （吉政干任〔2017〕37号）");
		}
		String key = normalise(number.group(1), entry.to());
		if (decisions.stream().anyMatch(d -> d.key().equals(key))) {
			throw text.error(entry.from(), "decision " + key + " appears twice");
		}
		Matcher m = ENTRY.matcher(entry.text());
		m.matches();
		// "11月1日" has no year; the decision's number carries it (〔2017〕)
		Matcher year = NUMBER_YEAR.matcher(key);
		LocalDate date = dateOf(m.group(1), previous, year.find() ? Integer.parseInt(year.group(1)) : issueYear,
				entry.from());
		SourceRef source = text.source(entry.from(), entry.to());
		DocumentRecord decision = new DocumentRecord(key, key, heading, DocumentKind.PERSONNEL_DECISION,
				heading.replaceAll("人事任免$", ""), date, List.of(), null, issueKey, false, source);
		decisions.add(new DocumentBlock(decision, entry.from(), entry.to(), entry.from(), entry.to(), Set.of()));
		// the actions are the sentence after 省政府决定，; what follows (请按《…公司法》…办理) is
		// instruction
		String decided = entry.text().substring(m.start(2), number.start()).replaceFirst("^.*?决定[，,：:]", "");
		int end = decided.indexOf('。');
		for (PersonnelActions.Action action : new PersonnelActions(lookups, entry.from())
			.read(end < 0 ? decided : decided.substring(0, end))) {
			appointments.add(new AppointmentRecord(action.person(), action.action(), action.post(),
					action.organization(), key, date, source));
		}
		return date;
	}

	private LocalDate dateOf(String marker, LocalDate previous, int year, int line) {
		if (marker.equals("同日")) {
			if (previous == null) {
				throw text.error(line, "同日 (same day) with no dated entry above it");
			}
			return previous;
		}
		return ChineseDates.monthDay(text, line, year, marker);
	}

	private String normalise(String printed, int line) {
		try {
			return DocumentNumbers.normalise(printed);
		}
		catch (IllegalArgumentException ex) {
			throw text.error(line, ex.getMessage(), ex);
		}
	}

	/**
	 * Entries start with a date or 同日; a line broken mid-name continues the entry above.
	 */
	private static List<Paragraph> entries(GazetteText text, IssueLayout.Part part) {
		List<Paragraph> entries = new ArrayList<>();
		for (SourceLine line : text.lines(part.from() + 1, part.to())) {
			if (line.isBlank()) {
				continue;
			}
			if (ENTRY.matcher(line.trimmed()).matches()) {
				entries.add(Paragraph.of(line));
			}
			else if (entries.isEmpty()) {
				throw text.error(line.number(), "expected a dated personnel entry such as \"11月1日 省政府决定，…\"");
			}
			else {
				entries.set(entries.size() - 1, entries.get(entries.size() - 1).continuedBy(line));
			}
		}
		return entries;
	}

}
