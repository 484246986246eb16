package org.policygraph.ingest.record;

import java.time.LocalDate;
import java.util.List;

/**
 * What a single document (or its disclosure page) says about itself beyond what every
 * document record has.
 *
 * @param form how the document came: TEXT, DISCLOSURE_PAGE, and HTML or PDF when the file
 * was one
 * @param indexNumber the platform's 索引号, as printed
 * @param publishedOn the platform's 发布日期
 * @param topics the platform's 分类 / 主题分类 and 主题词
 * @param validity the platform's 有效性, as printed
 * @param signer 签发人, when printed beside the number
 * @param note 附注 such as (此件公开发布)
 * @param copiedTo 抄送机关
 * @param printedBy 印发机关
 * @param printedOn 印发日期
 * @param numberPrefix the 机关代字 of the number (四政办发), which names the issuing organ and so
 * the place
 * @param issuerPlace the name of the jurisdiction its issuer (else its number's issuing
 * organ) belongs to, null when neither says
 */
public record DocumentDetails(String form, String indexNumber, LocalDate publishedOn, List<String> topics,
		String validity, String signer, String note, List<String> copiedTo, String printedBy, LocalDate printedOn,
		String numberPrefix, String issuerPlace) {

	public DocumentDetails {
		topics = List.copyOf(topics);
		copiedTo = List.copyOf(copiedTo);
	}
}
