package org.policygraph.ingest.source;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HexFormat;
import java.util.List;

import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSDictionary;
import org.apache.pdfbox.cos.COSInteger;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDResources;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.common.PDStream;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;

/**
 * PDFs made in the test with PDFBox. Chinese text is set in Adobe's standard CJK font
 * STSong-Light through the predefined CMap UniGB-UTF16-H, which every PDF reader (and
 * PDFBox's text extraction) knows without the font file: the tests need no CJK font
 * installed. A line may be set with its characters spread apart, as a justified or
 * letter-spaced line is, so that extraction puts spaces between them.
 */
public final class TestPdfs {

	/** Lines per page, top to bottom; a line starting with "~" is set letter-spaced. */
	public static byte[] pdf(List<List<String>> pages, String userPassword) {
		try (PDDocument pdf = new PDDocument()) {
			COSDictionary font = cjkFont();
			for (List<String> lines : pages) {
				PDPage page = new PDPage(PDRectangle.A4);
				PDResources resources = new PDResources();
				COSDictionary fonts = new COSDictionary();
				fonts.setItem(COSName.getPDFName("F1"), font);
				resources.getCOSObject().setItem(COSName.FONT, fonts);
				page.setResources(resources);
				PDStream content = new PDStream(pdf);
				try (OutputStream out = content.createOutputStream()) {
					StringBuilder ops = new StringBuilder();
					float y = 800;
					for (String line : lines) {
						boolean spaced = line.startsWith("~");
						String text = spaced ? line.substring(1) : line;
						ops.append("BT /F1 10 Tf 40 ").append(y).append(" Td ");
						if (spaced) {
							ops.append('[');
							text.codePoints().forEach(cp -> ops.append(hex(Character.toString(cp))).append(" -600 "));
							ops.append("] TJ");
						}
						else {
							ops.append(hex(text)).append(" Tj");
						}
						ops.append(" ET\n");
						y -= 16;
					}
					out.write(ops.toString().getBytes(StandardCharsets.US_ASCII));
				}
				page.setContents(content);
				pdf.addPage(page);
			}
			if (userPassword != null) {
				StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", userPassword,
						new AccessPermission());
				policy.setEncryptionKeyLength(128);
				pdf.protect(policy);
			}
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			pdf.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	public static byte[] pdf(List<String> lines) {
		return pdf(List.of(lines), null);
	}

	/** A page with nothing but a filled rectangle: what a scan without OCR amounts to. */
	public static byte[] imageOnly() {
		try (PDDocument pdf = new PDDocument()) {
			PDPage page = new PDPage(PDRectangle.A4);
			PDStream content = new PDStream(pdf);
			try (OutputStream out = content.createOutputStream()) {
				out.write("0.5 g 40 40 500 700 re f\n".getBytes(StandardCharsets.US_ASCII));
			}
			page.setContents(content);
			pdf.addPage(page);
			ByteArrayOutputStream bytes = new ByteArrayOutputStream();
			pdf.save(bytes);
			return bytes.toByteArray();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	private static String hex(String text) {
		return "<" + HexFormat.of().formatHex(text.getBytes(StandardCharsets.UTF_16BE)) + ">";
	}

	private static COSDictionary cjkFont() {
		COSDictionary info = new COSDictionary();
		info.setString(COSName.REGISTRY, "Adobe");
		info.setString(COSName.ORDERING, "GB1");
		info.setInt(COSName.SUPPLEMENT, 4);
		COSDictionary descriptor = new COSDictionary();
		descriptor.setItem(COSName.TYPE, COSName.FONT_DESC);
		descriptor.setName(COSName.FONT_NAME, "STSong-Light");
		descriptor.setInt(COSName.FLAGS, 6);
		COSArray box = new COSArray();
		for (int v : new int[] { -25, -254, 1000, 880 }) {
			box.add(COSInteger.get(v));
		}
		descriptor.setItem(COSName.FONT_BBOX, box);
		descriptor.setInt(COSName.ITALIC_ANGLE, 0);
		descriptor.setInt(COSName.ASCENT, 880);
		descriptor.setInt(COSName.DESCENT, -120);
		descriptor.setInt(COSName.CAP_HEIGHT, 880);
		descriptor.setInt(COSName.STEM_V, 93);
		COSDictionary cid = new COSDictionary();
		cid.setItem(COSName.TYPE, COSName.FONT);
		cid.setItem(COSName.SUBTYPE, COSName.CID_FONT_TYPE0);
		cid.setName(COSName.BASE_FONT, "STSong-Light");
		cid.setItem(COSName.CIDSYSTEMINFO, info);
		cid.setItem(COSName.FONT_DESC, descriptor);
		cid.setInt(COSName.DW, 1000);
		COSArray descendants = new COSArray();
		descendants.add(cid);
		COSDictionary font = new COSDictionary();
		font.setItem(COSName.TYPE, COSName.FONT);
		font.setItem(COSName.SUBTYPE, COSName.TYPE0);
		font.setName(COSName.BASE_FONT, "STSong-Light-UniGB-UTF16-H");
		font.setName(COSName.ENCODING, "UniGB-UTF16-H");
		font.setItem(COSName.DESCENDANT_FONTS, descendants);
		return font;
	}

	private TestPdfs() {
	}

}
