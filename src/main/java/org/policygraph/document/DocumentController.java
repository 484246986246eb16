package org.policygraph.document;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;

import org.policygraph.graphql.BadRequestException;
import org.policygraph.graphql.Batches;
import org.policygraph.graphql.ClosestNames;
import org.policygraph.graphql.Connection;
import org.policygraph.graphql.NotFoundException;
import org.policygraph.graphql.Page;
import org.policygraph.jurisdiction.JurisdictionRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DocumentController {

	private final DocumentRepository documents;

	private final JurisdictionRepository jurisdictions;

	DocumentController(DocumentRepository documents, JurisdictionRepository jurisdictions) {
		this.documents = documents;
		this.jurisdictions = jurisdictions;
	}

	/**
	 * Looks ahead: when the request asks for annexes or citations, they come in the
	 * document's own query and are primed into the batch loaders, so the point lookup
	 * costs one round trip.
	 */
	@QueryMapping
	Document document(@Argument String number, DataFetchingEnvironment env) {
		if (number.isBlank()) {
			throw new BadRequestException("\"number\" must not be empty, e.g. 吉政办发〔2017〕52号");
		}
		String normalised = BadRequestException.parsing(() -> AskedNumbers.normalise(number.strip()));
		Document found;
		boolean annexes = env.getSelectionSet().contains("annexes");
		boolean cites = env.getSelectionSet().contains("cites");
		if (annexes || cites) {
			DocumentRepository.DocumentWithNeighbours withNeighbours = documents.byNumberWithNeighbours(normalised,
					annexes, cites);
			found = withNeighbours == null ? null : withNeighbours.document();
			if (found != null && annexes) {
				Batches.prime(env, "Document.annexes", found, withNeighbours.annexes());
			}
			if (found != null && cites) {
				Batches.prime(env, "Document.cites", found, withNeighbours.cites());
			}
		}
		else {
			found = documents.byNumber(normalised);
		}
		if (found == null) {
			throw new NotFoundException("document", number,
					ClosestNames.closest(normalised, documents.allNumbersAndTitles(), 3));
		}
		return found;
	}

	@QueryMapping
	Connection<Document> documents(@Argument DocumentWhere where, @Argument Integer first, @Argument String after) {
		DocumentWhere given = where == null ? DocumentWhere.NONE : where;
		String cites = given.cites() == null || given.cites().isBlank() ? null : citedKey(given.cites().strip());
		// A name means one division, as it does in jurisdiction(name:) and
		// department(name:,
		// jurisdiction:): 吉林 is the province, never the province and the city at once.
		String jurisdiction = blankToNull(given.jurisdiction());
		String code = jurisdiction == null ? null : jurisdictions.resolve(jurisdiction).code();
		return documents.page(new DocumentWhere(code, blankToNull(given.issuer()), given.kind(), given.issuedFrom(),
				given.issuedTo(), cites, blankToNull(given.text())), Page.of(first, after));
	}

	/**
	 * A number in any printed form becomes the canonical one; anything else is a title.
	 */
	private static String citedKey(String cites) {
		try {
			return DocumentNumbers.normalise(cites);
		}
		catch (IllegalArgumentException notANumber) {
			return cites;
		}
	}

	private static String blankToNull(String value) {
		return value == null || value.isBlank() ? null : value.strip();
	}

	@QueryMapping
	List<Issue> issues() {
		return documents.issues();
	}

	@BatchMapping
	Map<Document, List<Document>> cites(List<Document> docs) {
		return related(docs, DocumentRepository.Relation.CITES);
	}

	@BatchMapping
	Map<Document, List<Document>> citedBy(List<Document> docs) {
		return related(docs, DocumentRepository.Relation.CITED_BY);
	}

	/** {@code implements} is a Java keyword, hence the method's name. */
	@BatchMapping(field = "implements")
	Map<Document, List<Document>> implementedDocuments(List<Document> docs) {
		return related(docs, DocumentRepository.Relation.IMPLEMENTS);
	}

	@BatchMapping
	Map<Document, List<Document>> implementedBy(List<Document> docs) {
		return related(docs, DocumentRepository.Relation.IMPLEMENTED_BY);
	}

	@BatchMapping
	Map<Document, List<Document>> interpretedBy(List<Document> docs) {
		return related(docs, DocumentRepository.Relation.INTERPRETED_BY);
	}

	@BatchMapping
	Map<Document, Document> interprets(List<Document> docs) {
		Map<String, List<Document>> byId = documents.related(ids(docs), DocumentRepository.Relation.INTERPRETS);
		return Batches.each(docs, d -> byId.get(d.id()).stream().findFirst().orElse(null));
	}

	@BatchMapping
	Map<Document, Issue> issue(List<Document> docs) {
		Map<String, Issue> byId = documents.issues(ids(docs));
		return Batches.one(docs, Document::id, byId);
	}

	@BatchMapping
	Map<Document, List<Annex>> annexes(List<Document> docs) {
		Map<String, List<Annex>> byId = documents.annexes(ids(docs));
		return Batches.lists(docs, Document::id, byId);
	}

	@BatchMapping
	Map<Issue, List<Document>> documents(List<Issue> issues) {
		Map<String, List<Document>> byId = documents.documentsOfIssues(issues.stream().map(Issue::id).toList());
		return Batches.lists(issues, Issue::id, byId);
	}

	/**
	 * Provenance names its document by key; one query resolves all sources of a response
	 * level.
	 */
	@BatchMapping(typeName = "Source", field = "document")
	Map<Source, Document> sourceDocument(List<Source> sources) {
		Map<String, Document> byKey = documents.byKeys(sources.stream().map(Source::documentKey).distinct().toList());
		return Batches.one(sources, Source::documentKey, byKey);
	}

	private Map<Document, List<Document>> related(List<Document> docs, DocumentRepository.Relation relation) {
		Map<String, List<Document>> byId = documents.related(ids(docs), relation);
		return Batches.lists(docs, Document::id, byId);
	}

	private static List<String> ids(List<Document> docs) {
		return docs.stream().map(Document::id).distinct().toList();
	}

}
