package org.policygraph.ingest;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * A PDF's text as Apache PDFBox extracts it, page by page. Lines count through the whole
 * extracted text, and each remembers its page. PDF extraction puts spaces between Chinese
 * characters that the page shows set apart ("省 卫 生 计 生 委"); the parser reads the lines
 * with those spaces removed ({@link TextRepair#joinBrokenWords}), provenance keeps them
 * as extracted.
 */
final class PdfSource {

	private PdfSource() {
	}

	static GazetteText read(String fileName, byte[] content) {
		try (PDDocument pdf = Loader.loadPDF(content)) {
			if (pdf.isEncrypted() && !pdf.getCurrentAccessPermission().canExtractContent()) {
				throw new GazetteFormatException(fileName, 1,
						"the PDF is encrypted and does not allow its text to be extracted; expected an unprotected PDF");
			}
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setLineSeparator("\n");
			stripper.setSortByPosition(true);
			List<String> original = new ArrayList<>();
			List<Integer> pages = new ArrayList<>();
			int pageCount = pdf.getNumberOfPages();
			for (int page = 1; page <= pageCount; page++) {
				stripper.setStartPage(page);
				stripper.setEndPage(page);
				String text = stripper.getText(pdf);
				String[] lines = text.split("\n", -1);
				// the page's text ends with a line separator; the empty piece after it
				// is no line
				int count = lines.length > 0 && lines[lines.length - 1].isEmpty() ? lines.length - 1 : lines.length;
				for (int i = 0; i < count; i++) {
					original.add(lines[i]);
					pages.add(page);
				}
			}
			if (original.stream().allMatch(String::isBlank)) {
				throw new GazetteFormatException(fileName, 1, "page 1: none of the PDF's " + pageCount
						+ " page(s) has any text (a scanned, image-only PDF?); expected a PDF with a text layer");
			}
			List<String> repaired = original.stream().map(PdfSource::repair).toList();
			return GazetteText.converted(fileName, GazetteText.sha256Of(content), repaired, original,
					pages.stream().mapToInt(Integer::intValue).toArray());
		}
		catch (InvalidPasswordException ex) {
			throw new GazetteFormatException(fileName, 1,
					"the PDF is encrypted with a password; expected an unprotected PDF", ex);
		}
		catch (IOException ex) {
			throw new GazetteFormatException(fileName, 1,
					"not a readable PDF (" + ex.getMessage() + "); expected a PDF with a text layer", ex);
		}
	}

	/** Keeps a line's indentation, which the layout does not need, out of the way. */
	private static String repair(String line) {
		return line.isBlank() ? "" : TextRepair.joinBrokenWords(line);
	}

}
