package org.policygraph.ingest.text;

import com.github.houbb.opencc4j.util.ZhConverterUtil;

/**
 * Mirrors that converted a page to traditional characters (發, 號, 關於, 單位) are read as
 * simplified through OpenCC's dictionaries (opencc4j), line by line, so line numbers stay
 * and provenance keeps the text as it was.
 */
final class TraditionalScript {

	private TraditionalScript() {
	}

	static String toSimplified(String line) {
		return ZhConverterUtil.toSimple(line);
	}

	/**
	 * Many characters are the same in both scripts (政府, 通知), so what decides is which
	 * script's own characters the text uses more: 关 or 關, 号 or 號. A simplified text with
	 * a few traditional names in it stays as it is.
	 */
	static boolean isTraditional(String text) {
		int traditionalOnly = 0;
		int simplifiedOnly = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c < FIRST || c > LAST) {
				continue;
			}
			byte script = Scripts.OF[c - FIRST];
			if (script == TRADITIONAL_ONLY) {
				traditionalOnly++;
			}
			else if (script == SIMPLIFIED_ONLY) {
				simplifiedOnly++;
			}
		}
		return traditionalOnly >= 3 && traditionalOnly > simplifiedOnly;
	}

	private static final char FIRST = 0x4E00;

	private static final char LAST = 0x9FFF;

	private static final byte TRADITIONAL_ONLY = 1;

	private static final byte SIMPLIFIED_ONLY = 2;

	/**
	 * Which script each character of the CJK block belongs to only, asked of OpenCC once
	 * per character rather than twice per character of every file (a quarter of parsing a
	 * gazette issue).
	 */
	private static final class Scripts {

		static final byte[] OF = new byte[LAST - FIRST + 1];

		static {
			for (char c = FIRST; c <= LAST; c++) {
				boolean simple = ZhConverterUtil.isSimple(c);
				boolean traditional = ZhConverterUtil.isTraditional(c);
				OF[c - FIRST] = traditional && !simple ? TRADITIONAL_ONLY
						: simple && !traditional ? SIMPLIFIED_ONLY : 0;
			}
		}

	}

}
