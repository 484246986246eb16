package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.policygraph.ingest.record.CitationRecord;
import org.policygraph.ingest.record.DocumentKind;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.text.GazetteText;

/**
 * Who cites what. A mention resolves, in this order, to: the number printed with it; an
 * abbreviation the citing document declared ((以下简称《实施意见》)); the citing document itself,
 * the plan it issues or one of its annexes (skipped: a document does not cite itself);
 * any document already known by the same title, ignoring spaces (《中共中央国务院…》 is 《中共中央
 * 国务院…》); a document whose title ends with the mention (a shortened title like
 * 《关于大力发展装配式建筑的实施意见》 or an abbreviation like 《若干意见》), looking first at what the citing
 * document cited most recently, then at itself, then at the documents of this issue; else
 * a new document known only by its title. A law named bare (社会保险法) is the national law
 * (中华人民共和国社会保险法): only the national legislature makes laws, so the bare name and the full
 * title are one document. Documents not printed in the issue become cited-only records,
 * with the issuer their title or number states ({@link Issuers}). Each (citing, cited)
 * pair is one citation, at its first mention.
 */
final class Citations {

	private static final String SELF = "";

	private final GazetteText text;

	private final List<DocumentBlock> printed;

	private final Map<String, DocumentRecord> citedOnly = new LinkedHashMap<>();

	private final Map<String, String> keyByTitle = new HashMap<>();

	private final List<CitationRecord> citations = new ArrayList<>();

	record Read(List<CitationRecord> citations, List<DocumentRecord> citedOnly) {
	}

	/** A title the citing document has used, and the document it named. */
	private record Cited(String titleKey, String key) {
	}

	private Citations(GazetteText text, List<DocumentBlock> printed) {
		this.text = text;
		this.printed = printed;
		printed.forEach(block -> block.ownTitles().forEach(title -> keyByTitle.put(title, block.key())));
	}

	static Read read(GazetteText text, List<DocumentBlock> printed) {
		Citations citations = new Citations(text, printed);
		printed.forEach(citations::scan);
		return new Read(List.copyOf(citations.citations), List.copyOf(citations.citedOnly.values()));
	}

	private void scan(DocumentBlock block) {
		Map<String, String> declared = new HashMap<>();
		List<Cited> citedHere = new ArrayList<>();
		Set<String> recorded = new HashSet<>();
		for (CitationScanner.Mention mention : CitationScanner.scan(text, block.bodyFrom(), block.to())) {
			if (mention.toBeWritten()) {
				continue;
			}
			String key = resolve(block, mention, declared, citedHere);
			if (mention.abbreviation() != null) {
				declared.put(DocumentBlock.titleKey(mention.abbreviation()), key);
			}
			if (key.equals(SELF) || key.equals(block.key())) {
				continue;
			}
			if (mention.title() != null) {
				citedHere.add(0, new Cited(DocumentBlock.titleKey(mention.title()), key));
			}
			if (recorded.add(key)) {
				citations.add(new CitationRecord(block.key(), key,
						mention.number() != null ? mention.number() : numberOf(key), mention.title(),
						text.source(mention.from(), mention.to())));
			}
		}
	}

	private String resolve(DocumentBlock block, CitationScanner.Mention mention, Map<String, String> declared,
			List<Cited> citedHere) {
		if (mention.number() != null) {
			return known(mention.number(), mention);
		}
		String title = DocumentBlock.titleKey(fullTitle(mention));
		if (declared.containsKey(title)) {
			return declared.get(title);
		}
		if (block.ownTitles().contains(title)) {
			return SELF;
		}
		if (keyByTitle.containsKey(title)) {
			return keyByTitle.get(title);
		}
		for (Cited earlier : citedHere) {
			if (shortens(title, earlier.titleKey())) {
				return earlier.key();
			}
		}
		for (String own : block.ownTitles()) {
			if (shortens(title, own)) {
				return SELF;
			}
		}
		for (DocumentBlock other : printed) {
			if (other.ownTitles().stream().anyMatch(full -> shortens(title, full))) {
				return other.key();
			}
		}
		return known(fullTitle(mention), mention);
	}

	private static final String NATIONAL = "中华人民共和国";

	private static String fullTitle(CitationScanner.Mention mention) {
		String title = mention.title();
		boolean law = title.endsWith("法") && !title.endsWith("办法");
		return mention.bare() && law && !title.startsWith(NATIONAL) ? NATIONAL + title : title;
	}

	private static boolean shortens(String shortTitle, String fullTitle) {
		return shortTitle.length() >= 2 && fullTitle.length() > shortTitle.length() && fullTitle.endsWith(shortTitle);
	}

	/**
	 * The key of a printed document, or of a cited-only one, created on first mention.
	 */
	private String known(String key, CitationScanner.Mention mention) {
		if (printed.stream().anyMatch(block -> block.key().equals(key))) {
			return key;
		}
		if (!citedOnly.containsKey(key)) {
			String title = mention.title() != null ? fullTitle(mention) : null;
			DocumentKind kind = title != null ? DocumentKinds.fromTitle(title) : DocumentKinds.fromNumber(key);
			citedOnly.put(key,
					new DocumentRecord(key, mention.number(), title, kind, Issuers.of(title, mention.number()), null,
							List.of(), null, null, true, text.source(mention.from(), mention.to())));
			if (title != null) {
				keyByTitle.putIfAbsent(DocumentBlock.titleKey(title), key);
			}
		}
		return key;
	}

	private String numberOf(String key) {
		DocumentRecord cited = citedOnly.get(key);
		if (cited != null) {
			return cited.number();
		}
		return printed.stream().filter(b -> b.key().equals(key)).findFirst().map(b -> b.record().number()).orElse(null);
	}

}
