package org.policygraph.ingest.parse;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.department.OrganizationDirectory;
import org.policygraph.department.ScopedUnits;
import org.policygraph.funding.FundingClassifier;
import org.policygraph.jurisdiction.IssuingOrgans;
import org.policygraph.jurisdiction.Jurisdiction;
import org.policygraph.document.DocumentNumbers;
import org.policygraph.ingest.record.AnnexRecord;
import org.policygraph.ingest.record.DocumentDetails;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.DocumentScope;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.ingest.record.SingleDocument;
import org.policygraph.ingest.record.TaskAssignmentRecord;
import org.policygraph.ingest.record.TaskKind;
import org.policygraph.ingest.record.TaskRecord;
import org.policygraph.ingest.source.GazetteFormatException;
import org.policygraph.ingest.text.ChineseDates;
import org.policygraph.ingest.text.GazetteText;

/**
 * Reads one official document from its own file (as text, a disclosure page, HTML or PDF)
 * into records. Pure, like the gazette parser: either the document reads or a
 * {@link GazetteFormatException} names the line that does not fit.
 *
 * <p>
 * A disclosure page's metadata fill what the document's own header lacks (an excerpt
 * without a signature still has its 成文日期); where both say something and disagree, the
 * document's own text is kept and the disagreement goes into the report.
 */
final class SingleDocumentParser {

	private static final Pattern PREFIX = Pattern.compile("(\\p{IsHan}+?)〔\\d{4}〕\\d+号");

	private final OrganizationDirectory directory;

	private final boolean strict;

	private final FundingClassifier funding;

	/**
	 * @param strict refuse a unit name no registry or template knows; otherwise it
	 * becomes an unverified organisation of the document's jurisdiction
	 */
	SingleDocumentParser(OrganizationDirectory directory, boolean strict, FundingClassifier funding) {
		this.directory = directory;
		this.strict = strict;
		this.funding = funding;
	}

	SingleDocument parse(GazetteText file, String form) {
		DisclosureMetadata meta = DisclosureMetadata.find(file);
		List<String> report = new ArrayList<>();
		int from = meta == null ? 1 : meta.to() + 1;
		// the metadata block's lines stay where they are: only the document's are
		// unfolded
		GazetteText text = OneLineDocuments.unfold(file, from);
		OfficialDocumentLayout layout = OfficialDocumentLayout.read(text, from);
		String number = layout.number();
		String title = layout.title();
		String issuer = layout.issuer() != null ? layout.issuer() : layout.masthead();
		LocalDate issuedOn = layout.dateLine() == 0 ? null
				: ChineseDates.full(text, layout.dateLine(), text.line(layout.dateLine()).text());
		DocumentDetails details;
		if (meta != null) {
			report.addAll(meta.conflicts().stream().map(c -> "the page's metadata prints " + c).toList());
			number = fill("发文字号", number, metaNumber(text, meta), meta, report);
			title = fill("标题", title, meta.value("标题"), meta, report);
			issuer = fillIssuer(issuer, meta.value("发文机关"), meta, report);
			LocalDate written = metaDate(text, meta, "成文日期");
			if (issuedOn == null) {
				issuedOn = written;
			}
			else if (written != null && !written.equals(issuedOn)) {
				report.add(disagreement("成文日期", written.toString(), issuedOn.toString(), meta));
			}
		}
		if (number == null && layout.masthead() == null) {
			throw text.error(from,
					"no document number and no masthead; expected a gazette issue (its masthead, like 2017年第22期), "
							+ "an official document with its number line (like 吉政办发〔2017〕52号) or a disclosure page "
							+ "(索引号, 发文字号, …)");
		}
		if (title == null) {
			throw text.error(layout.numberLine() == 0 ? from : layout.numberLine(),
					"no title for " + number + "; expected the title above or below the number line");
		}
		String key = number != null ? number : DocumentBlock.titleKey(title);
		int first = meta != null ? meta.from()
				: firstOf(layout.mastheadLine(), layout.numberLine(), layout.titleFrom());
		int last = layout.dateLine() != 0 ? layout.dateLine() : layout.lastLine();
		String prefix = number == null ? null : prefixOf(number);
		Jurisdiction place = place(issuer, number);
		details = new DocumentDetails(form, meta == null ? null : meta.value("索引号"),
				meta == null ? null : metaDate(text, meta, "发布日期"), meta == null ? List.of() : meta.topics(),
				meta == null ? null : meta.value("有效性"), layout.signer(), layout.note(), layout.copiedTo(),
				layout.printedBy(),
				layout.printedOn() == null ? null : ChineseDates.full(text, layout.lastLine(), layout.printedOn()),
				prefix, place == null ? null : place.name());
		DocumentRecord record = new DocumentRecord(key, number, title, DocumentKinds.fromTitle(title), issuer, issuedOn,
				layout.addressees(), null, null, false, text.source(first, Math.max(first, last)));
		List<AnnexRecord> annexes = new ArrayList<>();
		for (int i = 0; i < layout.annexTitles().size(); i++) {
			annexes.add(new AnnexRecord(key, i + 1, layout.annexTitles().get(i),
					text.source(layout.bodyFrom(), layout.bodyTo())));
		}
		DocumentBlock block = new DocumentBlock(record, first, layout.lastLine(), layout.bodyFrom(),
				Math.max(layout.bodyFrom(), layout.lastLine()), DocumentBlock.ownTitles(title, layout.annexTitles()));
		Citations.Read citations = Citations.read(text, List.of(block));
		Implementations.Read implementations = Implementations.read(text, block, citations.citations());
		report.addAll(implementations.unresolved());
		ScopedUnits scoped = new ScopedUnits(directory, strict);
		Lookups lookups = new Lookups(text, scoped.in(place, key), funding);
		List<TaskRecord> tasks = tasks(lookups, block);
		// a service list in Annex 1's six columns reads as the gazette's does, its leads
		// in the document's jurisdiction
		ServiceList.Read list = ServiceList.read(lookups, block, true);
		Map<String, String> unitIds = new HashMap<>();
		scoped.byDocument().getOrDefault(key, Map.of()).forEach((name, org) -> unitIds.put(name, org.id()));
		return new SingleDocument(text.fileName(), text.sha256(), record, details,
				block.ownTitles().stream().sorted().toList(), annexes, citations.citedOnly(), citations.citations(),
				implementations.implementations(), tasks, list.domains(), list.items(),
				scoped.organizations().stream().map(OrganizationRecord::of).toList(),
				new DocumentScope(place == null ? null : place.code(), null, unitIds), report);
	}

	/**
	 * Where the document belongs: its issuer's division (四平市人民政府办公室), else its number's
	 * issuing organ's (国办发), else nowhere known.
	 */
	private Jurisdiction place(String issuer, String number) {
		IssuingOrgans organs = directory.organs();
		return organs.ofIssuer(issuer, null)
			.or(() -> number == null ? java.util.Optional.empty()
					: organs.of(number, null).map(IssuingOrgans.Organ::jurisdiction))
			.orElse(null);
	}

	/**
	 * Every unit resolves in the document's jurisdiction: 市民政局 in a 四平市 plan is 四平市's; a
	 * name nobody knows is an error when strict, else an unverified organisation there.
	 */
	private static List<TaskRecord> tasks(Lookups lookups, DocumentBlock block) {
		GazetteText text = lookups.text();
		List<TaskAnnotations.Annotated> annotated = new ArrayList<>(
				TaskTables.read(text, block.bodyFrom(), block.to()));
		annotated.addAll(TaskAnnotations.read(text, block.bodyFrom(), block.to()));
		List<TaskRecord> tasks = new ArrayList<>();
		Set<String> keys = new HashSet<>();
		for (TaskAnnotations.Annotated task : annotated) {
			if (task.units().isEmpty() || !keys.add(task.key())) {
				continue;
			}
			List<TaskAssignmentRecord> assignments = new ArrayList<>();
			for (TaskAnnotations.Mention mention : task.assignments()) {
				TaskAssignmentRecord assignment = new TaskAssignmentRecord(
						mention.party() ? mention.name() : lookups.unit(mention.name(), task.line()), mention.role(),
						mention.party());
				if (assignments.stream().noneMatch(a -> a.unit().equals(assignment.unit()))) {
					assignments.add(assignment);
				}
			}
			tasks.add(new TaskRecord(block.key(), task.key(),
					task.key().startsWith("table/") ? TaskKind.KEY_TASK : TaskKind.TASK, task.title(), task.text(),
					TaskRecord.departments(assignments), assignments, task.separateLeads(),
					text.source(task.from(), task.to())));
		}
		return tasks;
	}

	/** The first of the given lines that is printed (not 0). */
	private static int firstOf(int... lines) {
		return java.util.Arrays.stream(lines).filter(n -> n > 0).min().orElse(1);
	}

	static String prefixOf(String number) {
		Matcher m = PREFIX.matcher(number);
		return m.matches() ? m.group(1) : null;
	}

	private static String metaNumber(GazetteText text, DisclosureMetadata meta) {
		String printed = meta.number();
		if (printed == null) {
			return null;
		}
		try {
			return DocumentNumbers.normalise(printed);
		}
		catch (IllegalArgumentException ex) {
			throw text.error(meta.line(meta.value("发文字号") != null ? "发文字号" : "文号"), ex.getMessage(), ex);
		}
	}

	private static LocalDate metaDate(GazetteText text, DisclosureMetadata meta, String label) {
		String printed = meta.value(label);
		return printed == null || !ChineseDates.FULL.matcher(printed).find() ? null
				: ChineseDates.full(text, meta.line(label), printed);
	}

	private static String fill(String label, String own, String fromMeta, DisclosureMetadata meta,
			List<String> report) {
		if (own == null) {
			return fromMeta;
		}
		if (fromMeta != null && !DocumentBlock.titleKey(own).equals(DocumentBlock.titleKey(fromMeta))) {
			report.add(disagreement(label, fromMeta, own, meta));
		}
		return own;
	}

	/**
	 * Platforms print the issuer short (市政府办公室 for 四平市人民政府办公室); a name the signature ends
	 * with, 人民 left out, agrees with it.
	 */
	private static String fillIssuer(String own, String fromMeta, DisclosureMetadata meta, List<String> report) {
		if (own == null || fromMeta == null) {
			return own != null ? own : fromMeta;
		}
		String a = DocumentBlock.titleKey(own).replace("人民", "");
		String b = DocumentBlock.titleKey(fromMeta).replace("人民", "");
		if (!a.endsWith(b) && !b.endsWith(a)) {
			report.add(disagreement("发文机关", fromMeta, own, meta));
		}
		return own;
	}

	private static String disagreement(String label, String fromMeta, String own, DisclosureMetadata meta) {
		return meta.line(label) + ": the page's metadata say " + label + " " + fromMeta + ", the document says " + own
				+ "; kept the document's";
	}

}
