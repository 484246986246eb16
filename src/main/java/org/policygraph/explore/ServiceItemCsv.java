package org.policygraph.explore;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

import org.policygraph.funding.Payer;
import org.policygraph.funding.PayerNames;

/**
 * The service list as RFC 4180 CSV, one row per item, one column per payer holding its
 * role. UTF-8 with a byte order mark, since without one Excel reads the file in the
 * system code page and Chinese turns to noise.
 */
final class ServiceItemCsv {

	static final String BOM = "\uFEFF";

	private ServiceItemCsv() {
	}

	static String write(List<ServiceItemRow> rows) {
		StringBuilder out = new StringBuilder(BOM);
		List<String> header = new ArrayList<>(List.of("序号 no", "服务项目 name", "领域 domain", "牵头负责单位 lead departments",
				"支出责任 funding", "funding pattern"));
		for (Payer payer : Payer.values()) {
			header.add(PayerNames.chinese(payer) + " " + payer.name());
		}
		line(out, header);
		for (ServiceItemRow row : rows) {
			List<String> cells = new ArrayList<>(List.of(String.valueOf(row.no()), row.name(), row.domain(),
					String.join("、", row.leads()), row.fundingText(), row.fundingPattern()));
			for (Payer payer : Payer.values()) {
				cells.add(row.shares()
					.stream()
					.filter(s -> s.payer().equals(payer.name()))
					.map(ServiceItemCsv::role)
					.collect(Collectors.joining("; ")));
			}
			line(out, cells);
		}
		return out.toString();
	}

	/**
	 * SUBSIDY, or with what the text adds: RESPONSIBLE 工资总额的20%, SUBSIDY (延边州), SUBSIDY
	 * [scope: 困难地区], RESPONSIBLE [condition: 累计结余超过9个月的统筹地区].
	 */
	private static String role(ServiceItemRow.Share share) {
		return share.role() + (share.rate() == null ? "" : " " + share.rate())
				+ (share.locality() == null ? "" : " (" + share.locality() + ")")
				+ (share.scope() == null ? "" : " [scope: " + share.scope() + "]")
				+ (share.condition() == null ? "" : " [condition: " + share.condition() + "]");
	}

	private static void line(StringBuilder out, List<String> cells) {
		out.append(cells.stream().map(ServiceItemCsv::field).collect(Collectors.joining(","))).append("\r\n");
	}

	static String field(String raw) {
		if (raw == null) {
			return "";
		}
		// A cell starting with = + - @ (or a tab or carriage return) is a formula to
		// Excel and LibreOffice; an
		// export must not run what a gazette file or a future ingest put there (OWASP
		// "CSV injection").
		String value = !raw.isEmpty() && "=+-@\t\r".indexOf(raw.charAt(0)) >= 0 ? "'" + raw : raw;
		boolean quote = value.contains(",") || value.contains("\"") || value.contains("\n") || value.contains("\r");
		return quote ? "\"" + value.replace("\"", "\"\"") + "\"" : value;
	}

}
