package org.policygraph.ingest.write;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.neo4j.driver.TransactionContext;
import org.policygraph.department.DepartmentNames;
import org.policygraph.funding.Payer;
import org.policygraph.funding.PayerNames;
import org.policygraph.ingest.record.OrganizationRecord;

/**
 * What every issue refers to and no issue owns: the registry's departments and companies,
 * and the payers of the funding grammar. Merged, so writing them again changes nothing;
 * the curated registry and the payers only with the batch that carries the reference
 * data, the units the issues name with every batch.
 */
final class RegistryWriter implements FactWriter {

	@Override
	public void write(TransactionContext tx, Batch batch) {
		writeOrganizations(tx, batch.organizations(), batch.shared());
		if (batch.withReference()) {
			writePayers(tx);
		}
	}

	private static void writeOrganizations(TransactionContext tx, List<OrganizationRecord> organizations,
			SharedRows shared) {
		List<Map<String, Object>> departments = new ArrayList<>();
		List<Map<String, Object>> companies = new ArrayList<>();
		for (OrganizationRecord org : organizations) {
			(org.company() ? companies : departments).add(row(org));
		}
		departments = shared.unwritten("Department", departments);
		companies = shared.unwritten("Company", companies);
		if (!departments.isEmpty()) {
			// the names department(name:) seeks (DepartmentNames), replaced with the row
			tx.run("""
					UNWIND $rows AS row
					MERGE (n:Department {id: row.id})
					SET n:Organization, n += row
					WITH n, $names[row.id] AS names
					CALL (n, names) {
					  MATCH (old:DepartmentName {departmentId: n.id}) WHERE old.key IS NOT NULL AND NOT old.key IN names
					  DELETE old
					}
					CALL (n, names) {
					  UNWIND names AS key
					  MERGE (:DepartmentName {departmentId: n.id, key: key})
					}
					""", Map.of("rows", departments, "names", names(departments))).consume();
		}
		if (!companies.isEmpty()) {
			tx.run("""
					UNWIND $rows AS row
					MERGE (n:Company {id: row.id})
					SET n:Organization, n += row
					""", Map.of("rows", companies)).consume();
		}
	}

	static Map<String, Object> row(OrganizationRecord org) {
		Map<String, Object> row = new HashMap<>();
		row.put("id", GraphIds.organization(org));
		row.put("name", org.name());
		row.put("fullName", org.fullName());
		row.put("englishName", org.englishName());
		row.put("kind", org.kind());
		row.put("aliases", org.aliases());
		row.put("jurisdictionCode", org.jurisdictionCode());
		row.put("verified", org.verified());
		row.put("formerIds", org.formerIds());
		row.put("searchText", String.join(" ", org.name(), nullToEmpty(org.fullName()), String.join(" ", org.aliases()),
				nullToEmpty(org.englishName())));
		return row;
	}

	/** Each department row's names by its id. */
	private static Map<String, Object> names(List<Map<String, Object>> departments) {
		Map<String, Object> names = new HashMap<>();
		departments.forEach(row -> names.put((String) row.get("id"), names(row)));
		return names;
	}

	/** The keys a department's row is found by (DepartmentNames). */
	@SuppressWarnings("unchecked")
	static List<String> names(Map<String, Object> row) {
		return DepartmentNames.keys((String) row.get("name"), (String) row.get("fullName"),
				(String) row.get("englishName"), (List<String>) row.get("aliases"));
	}

	static List<Map<String, Object>> payerRows() {
		List<Map<String, Object>> rows = new ArrayList<>();
		for (Payer payer : Payer.values()) {
			rows.add(Map.of("id", GraphIds.payer(payer.name()), "code", payer.name(), "name", PayerNames.chinese(payer),
					"englishName", PayerNames.english(payer), "order", payer.ordinal()));
		}
		return rows;
	}

	private static void writePayers(TransactionContext tx) {
		List<Map<String, Object>> rows = payerRows();
		tx.run("""
				UNWIND $rows AS row
				MERGE (p:Payer {id: row.id})
				SET p += row
				""", Map.of("rows", rows)).consume();
	}

	private static String nullToEmpty(String s) {
		return s == null ? "" : s;
	}

}
