package org.policygraph.ingest.parse;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.policygraph.ingest.source.TestPdfs;

/**
 * Files that are no document the ingester reads, each with the line (or the page's first
 * line) its error must name and what the error must say. Shared by the parser's tests and
 * the integration test that proves nothing of them is written.
 */
public final class BadInputs {

	/** One bad file. */
	public record Case(String name, String file, byte[] content, int line, String expected) {

		@Override
		public String toString() {
			return name;
		}
	}

	private static final String GOOD = """
			吉林省人民政府办公厅文件

			吉政办发〔2018〕30号

			吉林省人民政府办公厅关于做好养老服务工作的通知

			各市（州）人民政府：

			一、主要任务

			（一）完善养老服务设施。（责任单位：省民政厅、省住房城乡建设厅）

			吉林省人民政府办公厅
			2018年3月20日
			""";

	private BadInputs() {
	}

	public static List<Case> all() {
		return List.of(new Case("an empty file", "empty.txt", new byte[0], 1, "the file has no text"),
				new Case("only blank lines", "blank.txt", utf8("\n  \n\t\n"), 1, "the file has no text"),
				new Case("a PNG image", "scan.png", bytes(0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A, 0, 0), 1,
						"a PNG image, not text"),
				new Case("a JPEG image", "photo.txt", bytes(0xFF, 0xD8, 0xFF, 0xE0, 0, 0x10), 1,
						"a JPEG image, not text"),
				new Case("a Word document (docx)", "notice.docx", bytes('P', 'K', 3, 4, 20, 0, 6, 0), 1,
						"a ZIP archive (or an office document such as .docx)"),
				new Case("an old Word document (doc)", "notice.doc", bytes(0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1), 1,
						"an old office document"),
				new Case("binary data", "data.bin", bytes('a', 'b', 0, 1, 2, 3), 1,
						"binary data (a NUL byte at offset 2)"),
				new Case("UTF-16 text", "utf16.txt",
						with(new byte[] { (byte) 0xFF, (byte) 0xFE }, GOOD.getBytes(StandardCharsets.UTF_16LE)), 1,
						"UTF-16 text, not text"),
				new Case("a GBK-encoded file", "gbk.txt", GOOD.getBytes(Charset.forName("GBK")), 1, "invalid UTF-8"),
				new Case("text with no number and no masthead", "letter.txt",
						utf8("各位同事：\n\n下周一上午九点开会，请准时参加。\n\n办公室\n"), 1, "no document number and no masthead"),
				new Case("an HTML page with no document in it", "index.html",
						utf8("<!DOCTYPE html><html><body><div>网站首页</div><ul><li>政务公开</li><li>办事服务</li></ul>"
								+ "<p>版权所有：某某市人民政府</p></body></html>"),
						1, "no document number and no masthead"),
				new Case("an HTML page with nothing but scripts", "empty.html", utf8(
						"<html><head><script>var a = 1;</script></head><body><script>run()</script></body></html>"), 1,
						"the HTML page has no text"),
				new Case("an HTML page in another encoding than it declares", "gbk.html",
						with(utf8("<html><head><meta charset=\"utf-8\"></head><body><p>"),
								"吉政办发〔2018〕30号</p><p>关于做好养老服务工作的通知".getBytes(Charset.forName("GBK")),
								utf8("</p></body></html>")),
						1, "is not valid UTF-8"),
				new Case("an image-only (scanned) PDF", "scan.pdf", TestPdfs.imageOnly(), 1,
						"none of the PDF's 1 page(s) has any text"),
				new Case("a password-protected PDF", "secret.pdf",
						TestPdfs.pdf(List.of(List.of("吉政办发〔2018〕30号")), "user-secret"), 1, "encrypted with a password"),
				new Case("a broken PDF", "broken.pdf", utf8("%PDF-1.7\nthis is not really a PDF\n"), 1,
						"not a readable PDF"),
				new Case("a number with a two-digit year", "year.txt", utf8(GOOD.replace("〔2018〕30号", "〔18〕30号")), 3,
						"the year in \"吉政办发〔18〕30号\" must have four digits"),
				new Case("a number without its serial", "serial.txt", utf8(GOOD.replace("〔2018〕30号", "〔2018〕号")), 3,
						"has no serial number before 号"),
				new Case("a range where one number belongs", "range.txt",
						utf8(GOOD.replace("〔2018〕30号", "〔2018〕30-31号")), 3,
						"is a range of documents, not one document"),
				new Case("a signature date that does not exist", "date.txt",
						utf8(GOOD.replace("2018年3月20日", "2018年2月30日")), 14, "\"2018年2月30日\" is not a date that exists"),
				new Case("a number line with no title", "untitled.txt",
						utf8("吉政办发〔2018〕30号\n\n各市（州）人民政府：\n\n　　现将有关事项通知如下。\n"), 1, "no title for 吉政办发〔2018〕30号"),
				new Case("a task table row with a missing cell", "table.txt",
						utf8(GOOD.replace("一、主要任务", "一、主要任务\n序号\t重点任务\t牵头单位\t责任单位\n1\t建立评估制度\t省民政厅")), 11,
						"a row of the task table has 3 cells; expected 4"),
				new Case("a cell-per-line task table cut inside a row", "cells.txt",
						utf8(GOOD.replace("一、主要任务", "一、主要任务\n序号 |\n重点任务 |\n牵头单位 |\n责任单位 |\n1 |\n建立评估制度 |")), 15,
						"the task table's row 1 ends after 2 cells; expected 4"),
				new Case("a disclosure page whose metadata number is broken", "meta.txt",
						utf8("索  引 号: 11220300/2018-00001\n发文机关: 市政府办公室\n发文字号: 四政办发〔2018〕\n成文日期: 2018年4月16日\n\n"
								+ "四平市人民政府办公室关于做好养老服务工作的通知\n"),
						3, "is not a document number like 吉政办发〔2017〕52号"),
				new Case("a disclosure page with an impossible date", "meta-date.txt",
						utf8("索  引 号: 11220300/2018-00001\n发文字号: 四政办发〔2018〕16号\n成文日期: 2018年13月1日\n\n"
								+ "四平市人民政府办公室关于做好养老服务工作的通知\n"),
						3, "\"2018年13月1日\" is not a date that exists"));
	}

	private static byte[] utf8(String text) {
		return text.getBytes(StandardCharsets.UTF_8);
	}

	private static byte[] bytes(int... values) {
		byte[] out = new byte[values.length];
		for (int i = 0; i < values.length; i++) {
			out[i] = (byte) values[i];
		}
		return out;
	}

	private static byte[] with(byte[]... parts) {
		int length = 0;
		for (byte[] part : parts) {
			length += part.length;
		}
		byte[] out = new byte[length];
		int at = 0;
		for (byte[] part : parts) {
			System.arraycopy(part, 0, out, at, part.length);
			at += part.length;
		}
		return out;
	}

}
