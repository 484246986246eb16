package org.policygraph.ingest.record;

import java.time.LocalDate;
import java.util.List;

/**
 * The masthead of one gazette issue, e.g. 吉林省人民政府公报 2017年第22期 (复总第762期), 2017-11-30.
 *
 * @param key a stable key such as "吉林省人民政府公报/2017/22"
 * @param publisher who the masthead says publishes the issue (主办), as before
 * @param issn the international serial number without its prefix (1009-4791), null when
 * not printed
 * @param cn the domestic serial number (国内统一刊号) without its prefix (22-1416/D)
 * @param frequency how often it appears, as printed (半月刊)
 * @param editorialOffice who edits and publishes it (编辑出版), not the same as the sponsor
 * @param sponsor who sponsors it (主办)
 * @param contacts the contact lines (地址, 邮编, 电话, 传真, 网址, 电子信箱) in printed order
 */
public record IssueRecord(String key, String title, int year, int number, int cumulativeNumber, LocalDate publishedOn,
		String publisher, String issn, String cn, String frequency, String editorialOffice, String sponsor,
		List<Contact> contacts, SourceRef source) {

	public IssueRecord {
		contacts = List.copyOf(contacts);
	}

	/** One contact line of the masthead: 电话 0431-88904752. */
	public record Contact(String label, String value) {
	}

}
