package org.policygraph.ingest.parse;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.policygraph.ingest.record.CitationRecord;

import static org.assertj.core.api.Assertions.assertThat;

/** Which documents the gazette's documents say they implement. */
class GazetteImplementationsTests {

	@Test
	void thePlanImplementsTheStateCouncilsPlan() {
		// line 125: 为贯彻落实国家《“十三五”推进基本公共服务均等化规划》（国发〔2017〕9号）
		assertThat(implementedBy("吉政办发〔2017〕52号")).containsExactly("国发〔2017〕9号");
		assertThat(Gazettes.lines().get(124)).startsWith("为贯彻落实国家《“十三五”推进基本公共服务均等化规划》（国发〔2017〕9号）");
	}

	@Test
	void theOpinionOnPrefabricatedBuildingsImplementsBothCentralDocuments() {
		// 为全面贯彻落实《中共中央 国务院关于…的若干意见》（中发〔2016〕6号）和《国务院办公厅关于…的指导意见》（国办发〔2016〕71号）
		assertThat(implementedBy("吉政办发〔2017〕55号")).containsExactly("中发〔2016〕6号", "国办发〔2016〕71号");
	}

	@Test
	void applyingARuleInRunningTextIsNoImplementation() {
		// 52号 line 241: 落实《幼儿园工作规程》（教育部令第39号）; line 477: 全面贯彻《吉林省残疾人就业办法》
		assertThat(implementedBy("吉政办发〔2017〕52号")).doesNotContain("教育部令第39号", "吉林省人民政府令第215号");
		assertThat(Gazettes.real().citations()).extracting(CitationRecord::citedKey)
			.contains("教育部令第39号", "吉林省人民政府令第215号");
	}

	@Test
	void everyImplementationIsAlsoACitation() {
		for (CitationRecord implementation : Gazettes.real().implementations()) {
			assertThat(Gazettes.real().citations()).anyMatch(c -> c.citingKey().equals(implementation.citingKey())
					&& c.citedKey().equals(implementation.citedKey()));
		}
	}

	private static List<String> implementedBy(String key) {
		return Gazettes.real()
			.implementations()
			.stream()
			.filter(c -> c.citingKey().equals(key))
			.map(CitationRecord::citedKey)
			.toList();
	}

}
