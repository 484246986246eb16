package org.policygraph.ingest.source;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;
import org.policygraph.digest.Sha256;

/**
 * A page saved from a disclosure platform, read with jsoup in the charset it declares
 * (UTF-8 when it declares none). Its text is laid out as a text file would be: each block
 * (paragraph, heading, div, list item, table row) on its own lines, table cells separated
 * by tabs; scripts, styles and forms are no text. Lines count in that text.
 */
final class HtmlSource {

	private static final Set<String> BLOCKS = Set.of("p", "div", "h1", "h2", "h3", "h4", "h5", "h6", "li", "ul", "ol",
			"table", "tr", "section", "article", "header", "footer", "title", "center", "blockquote", "pre", "dl", "dt",
			"dd", "form", "hr", "main", "aside", "nav", "tbody", "thead");

	private static final Set<String> NO_TEXT = Set.of("script", "style", "noscript", "template", "select", "button",
			"iframe", "svg", "object");

	private HtmlSource() {
	}

	static DecodedText read(String fileName, byte[] content) {
		Document page;
		try {
			page = Jsoup.parse(new ByteArrayInputStream(content), null, "");
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		page.select(String.join(",", NO_TEXT)).remove();
		List<String> lines = lines(page);
		for (int i = 0; i < lines.size(); i++) {
			if (lines.get(i).indexOf('\uFFFD') >= 0) {
				throw new GazetteFormatException(fileName, i + 1,
						"the page's text is not valid " + page.charset().name()
								+ " (a character could not be decoded); expected the charset it declares");
			}
		}
		if (lines.stream().allMatch(String::isBlank)) {
			throw new GazetteFormatException(fileName, 1, "the HTML page has no text; expected a document in it");
		}
		return new DecodedText(fileName, Sha256.hex(content), lines, null, DecodedText.Format.HTML);
	}

	private static List<String> lines(Document page) {
		StringBuilder out = new StringBuilder();
		NodeTraversor.traverse(new NodeVisitor() {

			@Override
			public void head(Node node, int depth) {
				if (node instanceof TextNode text) {
					out.append(text.getWholeText().replace('\u00A0', ' ').replaceAll("[\\r\\n\\t]+", " "));
				}
				else if (node instanceof Element element) {
					String tag = element.normalName();
					if (tag.equals("br") || BLOCKS.contains(tag)) {
						newLine(out);
					}
					else if ((tag.equals("td") || tag.equals("th")) && element.elementSiblingIndex() > 0) {
						out.append('\t');
					}
				}
			}

			@Override
			public void tail(Node node, int depth) {
				if (node instanceof Element element && BLOCKS.contains(element.normalName())) {
					newLine(out);
				}
			}
		}, page.body() != null ? page.body() : page);
		List<String> lines = new ArrayList<>();
		boolean blank = true;
		for (String line : out.toString().split("\n", -1)) {
			String kept = line.stripTrailing();
			// blocks nested in blocks give runs of empty lines; one is enough to
			// separate
			if (kept.isBlank() && blank) {
				continue;
			}
			lines.add(kept.isBlank() ? "" : kept);
			blank = kept.isBlank();
		}
		while (!lines.isEmpty() && lines.getLast().isEmpty()) {
			lines.removeLast();
		}
		return lines;
	}

	private static void newLine(StringBuilder out) {
		if (!out.isEmpty() && out.charAt(out.length() - 1) != '\n') {
			out.append('\n');
		}
	}

}
