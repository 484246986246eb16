package org.policygraph.ingest.source;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.text.PDFTextStripper;
import org.policygraph.digest.Sha256;

/**
 * A PDF's text as Apache PDFBox extracts it, page by page. Lines count through the whole
 * extracted text, and each remembers its page. The lines are kept as extracted, with the
 * spaces extraction puts between Chinese characters set apart on the page ("省 卫 生 计 生
 * 委"): the text stage reads them repaired, provenance keeps them.
 */
final class PdfSource {

	private PdfSource() {
	}

	static DecodedText read(String fileName, byte[] content) {
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
			return new DecodedText(fileName, Sha256.hex(content), original,
					pages.stream().mapToInt(Integer::intValue).toArray(), DecodedText.Format.PDF);
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

}
