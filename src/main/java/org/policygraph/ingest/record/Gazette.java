package org.policygraph.ingest.record;

import java.util.List;
import java.util.Map;

/**
 * Everything extracted from one gazette issue: the pure parser's output and the writer's
 * input.
 *
 * @param sourceFile the file name the text came from (used in provenance and errors)
 * @param sha256 hex SHA-256 of the file's bytes
 * @param organizations every organisation the issue names, unverified ones included
 * @param scopes per document key, its jurisdiction and whom its unit names mean
 * @param implementations the citations by which a document says it implements another
 * (为贯彻落实《…》（…号）), each also among the citations
 * @param ownTitles per printed document's key, the whitespace-free titles other documents
 * may cite it by: its title, the plan it issues (关于印发X的通知), its annexes
 */
public record Gazette(String sourceFile, String sha256, IssueRecord issue, List<EditorialMemberRecord> editorialBoard,
		List<DocumentRecord> documents, List<AnnexRecord> annexes, List<CitationRecord> citations,
		List<DomainRecord> domains, List<ServiceItemRecord> serviceItems, List<IndicatorRecord> indicators,
		List<PhasedTargetRecord> phasedTargets, List<TaskRecord> tasks, List<AppointmentRecord> appointments,
		List<OrganizationRecord> organizations, Map<String, DocumentScope> scopes, List<CitationRecord> implementations,
		Map<String, List<String>> ownTitles) {

	public Gazette {
		editorialBoard = List.copyOf(editorialBoard);
		documents = List.copyOf(documents);
		annexes = List.copyOf(annexes);
		citations = List.copyOf(citations);
		domains = List.copyOf(domains);
		serviceItems = List.copyOf(serviceItems);
		indicators = List.copyOf(indicators);
		phasedTargets = List.copyOf(phasedTargets);
		tasks = List.copyOf(tasks);
		appointments = List.copyOf(appointments);
		organizations = List.copyOf(organizations);
		scopes = Map.copyOf(scopes);
		implementations = List.copyOf(implementations);
		ownTitles = Map.copyOf(ownTitles);
	}

	/** The organisations no registry or template knew: the ingest report lists them. */
	public List<OrganizationRecord> unverified() {
		return organizations.stream().filter(o -> !o.verified()).toList();
	}
}
