package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.policygraph.department.UnitResolver;
import org.policygraph.funding.FundingClassifier;
import org.policygraph.ingest.record.AnnexRecord;
import org.policygraph.ingest.record.AppointmentRecord;
import org.policygraph.ingest.record.DocumentKind;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.DomainRecord;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.IndicatorRecord;
import org.policygraph.ingest.record.IssueRecord;
import org.policygraph.ingest.record.PhasedTargetRecord;
import org.policygraph.ingest.record.ServiceItemRecord;
import org.policygraph.ingest.record.TaskRecord;
import org.policygraph.ingest.text.GazetteText;

/**
 * Reads one gazette issue into records. Pure: text in, records out, no database. Either
 * the whole issue parses or a {@link GazetteFormatException} names the line that does not
 * fit; nothing partial is returned.
 */
public final class GazetteParser {

	private final UnitResolver units;

	private final FundingClassifier funding;

	public GazetteParser(UnitResolver units, FundingClassifier funding) {
		this.units = units;
		this.funding = funding;
	}

	/**
	 * @param fileName the name used in provenance and error messages
	 * @param content the file's bytes, UTF-8
	 * @throws GazetteFormatException for anything that does not have the shape of a
	 * gazette issue, including invalid UTF-8, a department the registry does not know and
	 * a funding sentence the grammar cannot read
	 */
	public Gazette parse(String fileName, byte[] content) {
		GazetteText text = GazetteText.decode(fileName, content);
		Lookups lookups = new Lookups(text, units, funding);
		IssueLayout layout = IssueLayout.of(text);
		Masthead masthead = new Masthead(text, layout.mastheadEnd());
		IssueRecord issue = masthead.issue();
		List<DocumentBlock> blocks = new ArrayList<>();
		List<AnnexRecord> annexes = new ArrayList<>();
		List<AppointmentRecord> appointments = new ArrayList<>();
		for (IssueLayout.Part part : layout.parts()) {
			if (part.kind() == IssueLayout.Kind.NUMBERED) {
				NumberedDocuments.Read read = NumberedDocuments.read(text, part, issue.key());
				blocks.add(read.block());
				annexes.addAll(read.annexes());
			}
			else if (part.kind() == IssueLayout.Kind.PERSONNEL) {
				Appointments.Read read = Appointments.read(lookups, part, issue.key(), issue.year());
				blocks.addAll(read.decisions());
				appointments.addAll(read.appointments());
			}
		}
		// an interpretation names its document by title, wherever in the issue that
		// document is printed
		List<DocumentBlock> printed = List.copyOf(blocks);
		for (IssueLayout.Part part : layout.parts()) {
			if (part.kind() == IssueLayout.Kind.INTERPRETATION) {
				blocks.add(Interpretations.read(lookups, part, issue.key(), printed));
			}
		}
		blocks.sort(Comparator.comparingInt(DocumentBlock::from));
		checkUniqueKeys(text, blocks);
		Citations.Read citations = Citations.read(text, blocks);
		Contents contents = new Contents();
		for (DocumentBlock block : blocks) {
			if (block.record().number() != null && block.record().kind() != DocumentKind.PERSONNEL_DECISION) {
				contents.add(lookups, block, annexes);
			}
		}
		List<DocumentRecord> documents = new ArrayList<>(blocks.stream().map(DocumentBlock::record).toList());
		documents.addAll(citations.citedOnly());
		return new Gazette(fileName, text.sha256(), issue, masthead.editorialBoard(), documents, annexes,
				citations.citations(), contents.domains, contents.items, contents.indicators, contents.phases,
				contents.tasks, appointments);
	}

	private static void checkUniqueKeys(GazetteText text, List<DocumentBlock> blocks) {
		Set<String> keys = new HashSet<>();
		for (DocumentBlock block : blocks) {
			if (!keys.add(block.key())) {
				throw text.error(block.from(), "document " + block.key() + " is printed twice in this issue");
			}
		}
	}

	/** What the running text and tables of the numbered documents hold. */
	private static final class Contents {

		final List<DomainRecord> domains = new ArrayList<>();

		final List<ServiceItemRecord> items = new ArrayList<>();

		final List<IndicatorRecord> indicators = new ArrayList<>();

		final List<PhasedTargetRecord> phases = new ArrayList<>();

		final List<TaskRecord> tasks = new ArrayList<>();

		void add(Lookups lookups, DocumentBlock block, List<AnnexRecord> annexes) {
			GazetteText text = lookups.text();
			ServiceList.Read list = ServiceList.read(lookups, block);
			domains.addAll(list.domains());
			items.addAll(list.items());
			indicators.addAll(Indicators.read(text, block));
			List<Outline.Section> outline = Outline.of(text, block.bodyFrom(), block.bodyTo());
			phases.addAll(PhasedTargets.read(text, block, outline));
			List<TaskRecord> explicit = new ArrayList<>(TaskDivision.read(lookups, block,
					annexes.stream().filter(annex -> annex.documentKey().equals(block.key())).toList()));
			explicit.addAll(AnnotatedTasks.read(lookups, block, outline));
			tasks.addAll(explicit);
			// a document that assigns work in a table or in annotations says who leads
			// there; only one
			// without them names its leads in prose (52号 and 55号 repeat their tables'
			// leads in prose)
			if (explicit.isEmpty()) {
				tasks.addAll(LeadStatements.read(lookups, block, outline));
			}
		}

	}

}
