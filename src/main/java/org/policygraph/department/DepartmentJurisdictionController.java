package org.policygraph.department;

import java.util.List;
import java.util.Map;

import org.policygraph.graphql.Batches;
import org.policygraph.neo4j.Neo4jReads;
import org.policygraph.jurisdiction.Jurisdiction;
import org.policygraph.jurisdiction.JurisdictionRepository;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/** Where organisations belong, and which organisations a jurisdiction has. */
@Controller
class DepartmentJurisdictionController {

	private final JurisdictionRepository jurisdictions;

	private final Neo4jReads reads;

	DepartmentJurisdictionController(JurisdictionRepository jurisdictions, Neo4jReads reads) {
		this.jurisdictions = jurisdictions;
		this.reads = reads;
	}

	@BatchMapping(typeName = "Department", field = "jurisdiction")
	Map<Department, Jurisdiction> departmentJurisdiction(List<Department> list) {
		return Batches.one(list, Department::jurisdictionCode,
				jurisdictions.byCodes(list.stream().map(Department::jurisdictionCode).distinct().toList()));
	}

	@BatchMapping(typeName = "Company", field = "jurisdiction")
	Map<Company, Jurisdiction> companyJurisdiction(List<Company> list) {
		return Batches.one(list, Company::jurisdictionCode, jurisdictions
			.byCodes(list.stream().map(Company::jurisdictionCode).filter(c -> c != null).distinct().toList()));
	}

	@BatchMapping(typeName = "Jurisdiction", field = "departments")
	Map<Jurisdiction, List<Department>> departments(List<Jurisdiction> list) {
		return Batches.lists(list, Jurisdiction::code, reads.grouped("""
				MATCH (d:Department) WHERE d.jurisdictionCode IN $codes
				RETURN d.jurisdictionCode AS code, d ORDER BY d.name, d.fullName
				""", Map.of("codes", list.stream().map(Jurisdiction::code).distinct().toList()), "code",
				r -> Department.department(r.get("d").asNode())));
	}

}
