package org.policygraph.ingest.record;

import java.util.List;

/**
 * One official document read from its own file: the single-document parser's output and
 * the single-document writer's input.
 *
 * @param ownTitles the whitespace-free titles other documents may cite it by: its title,
 * the plan it issues (关于印发X的通知), its annexes
 * @param citedOnly the documents it cites that are known only by that citation
 * @param implementations the documents it says it implements (为贯彻落实《…》, 根据…, 按照…, or a
 * title 关于印发…落实《X》实施方案的通知), each also among its citations
 * @param domains the domains of the service list in its annex (Annex 1's six columns), if
 * any
 * @param serviceItems that list's items
 * @param organizations every organisation its tasks and items name, unverified ones
 * included
 * @param scope its jurisdiction and whom its unit names mean
 * @param report what the ingest report says about the file: where the page's metadata and
 * the document disagree, what could not be resolved
 */
public record SingleDocument(String sourceFile, String sha256, DocumentRecord document, DocumentDetails details,
		List<String> ownTitles, List<AnnexRecord> annexes, List<DocumentRecord> citedOnly,
		List<CitationRecord> citations, List<CitationRecord> implementations, List<TaskRecord> tasks,
		List<DomainRecord> domains, List<ServiceItemRecord> serviceItems, List<OrganizationRecord> organizations,
		DocumentScope scope, List<String> report) {

	public SingleDocument {
		ownTitles = List.copyOf(ownTitles);
		annexes = List.copyOf(annexes);
		citedOnly = List.copyOf(citedOnly);
		citations = List.copyOf(citations);
		implementations = List.copyOf(implementations);
		tasks = List.copyOf(tasks);
		domains = List.copyOf(domains);
		serviceItems = List.copyOf(serviceItems);
		organizations = List.copyOf(organizations);
		report = List.copyOf(report);
	}

	public String key() {
		return document.key();
	}

	/** The organisations no registry or template knew: the ingest report lists them. */
	public List<OrganizationRecord> unverified() {
		return organizations.stream().filter(o -> !o.verified()).toList();
	}
}
