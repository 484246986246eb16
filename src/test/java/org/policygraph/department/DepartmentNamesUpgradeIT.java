package org.policygraph.department;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.policygraph.support.App;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A store written before the names' index is upgraded by V0012: its departments get the
 * keys the writers give them, and department(name:) finds them by alias and English name.
 */
class DepartmentNamesUpgradeIT {

	@TempDir
	static Path store;

	@Test
	void aStoreFromBeforeTheNamesIndexGetsItsKeys() {
		Map<String, Object> noSeed = Map.of("policygraph.seed.enabled", "false");
		try (App before = App.embedded(store, noSeed)) {
			// the previous version's store: no keys, no index, V0012 not applied
			try (var session = before.driver().session()) {
				session.executeWriteWithoutResult(
						tx -> tx.run("MATCH (m:__Migration) WHERE m.version >= 12 DELETE m").consume());
				session
					.executeWriteWithoutResult(tx -> tx.run("DROP CONSTRAINT department_name_key IF EXISTS").consume());
				session
					.executeWriteWithoutResult(tx -> tx.run("DROP INDEX department_name_lookup IF EXISTS").consume());
				session.executeWriteWithoutResult(tx -> tx.run("""
						CREATE (:Department:Organization {id: 'Department:吉林省财政厅', name: '省财政厅',
						  fullName: '吉林省财政厅', englishName: 'Department of Finance of Jilin Province',
						  kind: 'PROVINCIAL_DEPARTMENT', aliases: ['财政厅'], jurisdictionCode: '220000', verified: true,
						  formerIds: ['Department:省财政厅']}),
						       (:Department:Organization {id: 'Department:河南省大数据管理局', name: '省大数据管理局',
						  fullName: '河南省大数据管理局', aliases: [], jurisdictionCode: '410000', verified: false,
						  formerIds: []})
						""").consume());
			}
		}
		try (App upgraded = App.embedded(store, noSeed)) {
			try (var session = upgraded.driver().session()) {
				List<String> keys = session.executeRead(tx -> tx.run("""
						MATCH (k:DepartmentName) RETURN k.departmentId + ' ' + k.key AS key ORDER BY key
						""").list(r -> r.get("key").asString()));
				assertThat(keys).containsExactlyInAnyOrder("Department:河南省大数据管理局 河南省大数据管理局",
						"Department:河南省大数据管理局 省大数据管理局", "Department:吉林省财政厅 department of finance of jilin province",
						"Department:吉林省财政厅 吉林省财政厅", "Department:吉林省财政厅 省财政厅", "Department:吉林省财政厅 财政厅");
				// as the writers make them
				assertThat(keys.stream().filter(k -> k.startsWith("Department:吉林省财政厅 ")).map(k -> k.split(" ", 2)[1]))
					.containsExactlyInAnyOrderElementsOf(DepartmentNames.keys("省财政厅", "吉林省财政厅",
							"Department of Finance of Jilin Province", List.of("财政厅")));
			}
			for (String name : List.of("财政厅", "department of finance of jilin province")) {
				assertThat(upgraded.graphql()
					.<String>data("query($n: String!) { department(name: $n) { id } }", Map.of("n", name),
							"$.data.department.id"))
					.as(name)
					.isEqualTo("Department:吉林省财政厅");
			}
		}
	}

}
