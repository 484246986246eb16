package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import java.util.HashMap;
import java.util.Map;
import java.util.stream.Collectors;

import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.department.ScopedUnits;
import org.policygraph.ingest.record.DocumentScope;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.jurisdiction.IssuingOrgans;
import org.policygraph.jurisdiction.Jurisdiction;
import org.policygraph.funding.FundingClassifier;
import org.policygraph.ingest.record.AnnexRecord;
import org.policygraph.ingest.record.AppointmentRecord;
import org.policygraph.ingest.record.CitationRecord;
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

	private final OrganizationDirectory directory;

	private final boolean strict;

	private final FundingClassifier funding;

	/**
	 * Against one curated registry and the built-in jurisdictions and template, refusing
	 * names nobody knows (the strict mode, as for the built-in seed).
	 */
	public GazetteParser(DepartmentRegistry registry, FundingClassifier funding) {
		this(OrganizationDirectory.withDefaults(registry), true, funding);
	}

	/**
	 * @param strict refuse a unit name no registry or template knows; otherwise it
	 * becomes an unverified organisation of the document's jurisdiction
	 */
	public GazetteParser(OrganizationDirectory directory, boolean strict, FundingClassifier funding) {
		this.directory = directory;
		this.strict = strict;
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
		return parse(GazetteText.decode(fileName, content));
	}

	Gazette parse(GazetteText text) {
		String fileName = text.fileName();
		IssueLayout layout = IssueLayout.of(text);
		Masthead masthead = new Masthead(text, layout.mastheadEnd());
		IssueRecord issue = masthead.issue();
		IssuingOrgans organs = directory.organs();
		// The gazette's publisher (吉林省人民政府) is the place of what prints no issuer of
		// its own: personnel decisions, interpretations.
		Jurisdiction home = organs.ofIssuer(issue.publisher(), null).orElse(null);
		ScopedUnits scoped = new ScopedUnits(directory, strict);
		Lookups lookups = new Lookups(text, scoped.in(home, issue.key()), funding);
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
				Appointments.Read read = Appointments.read(lookups.with(scoped.in(home, personnelKey(part))), part,
						issue.key(), issue.year());
				read.decisions().forEach(decision -> scoped.share(personnelKey(part), decision.key()));
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
		Map<String, Jurisdiction> places = new HashMap<>();
		for (DocumentBlock block : blocks) {
			places.put(block.key(), place(organs, block.record(), home, home));
		}
		Contents contents = new Contents();
		for (DocumentBlock block : blocks) {
			if (block.record().number() != null && block.record().kind() != DocumentKind.PERSONNEL_DECISION) {
				contents.add(lookups.with(scoped.in(places.get(block.key()), block.key())), block, annexes);
			}
		}
		List<DocumentRecord> documents = new ArrayList<>(blocks.stream().map(DocumentBlock::record).toList());
		documents.addAll(citations.citedOnly());
		// a cited document's prefix is read in the place of the document that cites it
		// (四政办发 cited by a Jilin document is 四平市's)
		Map<String, Jurisdiction> citing = new HashMap<>();
		citations.citations().forEach(c -> citing.putIfAbsent(c.citedKey(), places.get(c.citingKey())));
		Map<String, DocumentScope> scopes = new HashMap<>();
		for (DocumentRecord doc : documents) {
			Jurisdiction context = doc.citedOnly() ? citing.getOrDefault(doc.key(), home) : home;
			Jurisdiction place = places.computeIfAbsent(doc.key(), k -> place(organs, doc, context, null));
			String issuer = doc.issuer() != null ? null
					: organs.of(doc.number(), context).map(IssuingOrgans.Organ::issuer).orElse(null);
			Map<String, String> unitIds = new HashMap<>();
			scoped.byDocument().getOrDefault(doc.key(), Map.of()).forEach((name, org) -> unitIds.put(name, org.id()));
			scopes.put(doc.key(), new DocumentScope(place == null ? null : place.code(), issuer, unitIds));
		}
		// personnel parts and the issue itself resolve units under keys of their own
		scoped.byDocument()
			.forEach((key, names) -> scopes.computeIfAbsent(key, k -> new DocumentScope(null, null,
					names.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().id())))));
		List<CitationRecord> implementations = new ArrayList<>();
		for (DocumentBlock block : blocks) {
			implementations.addAll(Implementations
				.read(text, block,
						citations.citations().stream().filter(c -> c.citingKey().equals(block.key())).toList())
				.implementations());
		}
		return new Gazette(fileName, text.sha256(), issue, masthead.editorialBoard(), documents, annexes,
				citations.citations(), contents.domains, contents.items, contents.indicators, contents.phases,
				contents.tasks, appointments, scoped.organizations().stream().map(OrganizationRecord::of).toList(),
				scopes, implementations,
				blocks.stream()
					.collect(Collectors.toMap(DocumentBlock::key, b -> b.ownTitles().stream().sorted().toList(),
							(a, b) -> a)));
	}

	/**
	 * Where a document belongs: its issuer's division (吉林省人民政府办公厅), else its number's
	 * issuing organ's (国发, 吉政办发, 四政办发 in 吉林省), else the fallback.
	 */
	private static Jurisdiction place(IssuingOrgans organs, DocumentRecord doc, Jurisdiction context,
			Jurisdiction fallback) {
		return organs.ofIssuer(doc.issuer(), context)
			.or(() -> organs.of(doc.number(), context).map(IssuingOrgans.Organ::jurisdiction))
			.orElse(fallback);
	}

	/**
	 * The key the units of a personnel part are kept under until its decisions are known.
	 */
	private static String personnelKey(IssueLayout.Part part) {
		return "personnel@" + part.from();
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
			indicators.addAll(Indicators.read(text, block, list.domains()));
			List<Outline.Section> outline = Outline.of(text, block.bodyFrom(), block.bodyTo());
			phases.addAll(PhasedTargets.read(text, block, outline));
			List<TaskRecord> explicit = new ArrayList<>(TaskDivision.read(lookups, block,
					annexes.stream().filter(annex -> annex.documentKey().equals(block.key())).toList()));
			explicit.addAll(AnnotatedTasks.read(lookups, block, outline));
			tasks.addAll(explicit);
			// prose assigns work in every document; a sentence that names exactly the
			// departments of a task in the table or annotations repeats that task (52号's
			// 省发展改革委要会同省统计局… is Annex 2's row 24)
			for (TaskRecord prose : LeadStatements.read(lookups, block, outline)) {
				boolean repeated = explicit.stream()
					.anyMatch(task -> Set.copyOf(task.units()).equals(Set.copyOf(prose.units())));
				boolean sameKey = explicit.stream().anyMatch(task -> task.key().equals(prose.key()));
				if (!repeated && !sameKey) {
					tasks.add(prose);
				}
			}
		}

	}

}
