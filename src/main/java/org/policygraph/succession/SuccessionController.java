package org.policygraph.succession;

import java.util.List;
import java.util.Map;
import java.util.function.Function;

import org.policygraph.department.Company;
import org.policygraph.department.Department;
import org.policygraph.graphql.Batches;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

/**
 * Departments' and companies' successions and today's bodies, one query per field and
 * level.
 */
@Controller
class SuccessionController {

	private final SuccessionRepository successions;

	SuccessionController(SuccessionRepository successions) {
		this.successions = successions;
	}

	@BatchMapping(typeName = "Department", field = "successors")
	Map<Department, List<Succession>> successors(List<Department> list) {
		return Batches.lists(list, Department::id, successions.successors(ids(list, Department::id)));
	}

	@BatchMapping(typeName = "Department", field = "predecessors")
	Map<Department, List<Succession>> predecessors(List<Department> list) {
		return Batches.lists(list, Department::id, successions.predecessors(ids(list, Department::id)));
	}

	@BatchMapping(typeName = "Department", field = "current")
	Map<Department, List<Department>> current(List<Department> list) {
		return Batches.lists(list, Department::id, successions.current(ids(list, Department::id)));
	}

	@BatchMapping(typeName = "Company", field = "successors")
	Map<Company, List<Succession>> companySuccessors(List<Company> list) {
		return Batches.lists(list, Company::id, successions.successors(ids(list, Company::id)));
	}

	@BatchMapping(typeName = "Company", field = "predecessors")
	Map<Company, List<Succession>> companyPredecessors(List<Company> list) {
		return Batches.lists(list, Company::id, successions.predecessors(ids(list, Company::id)));
	}

	/**
	 * The contract types {@code current} as departments, so a company's own continuity
	 * can't be listed here: only the departments its chain leads to.
	 */
	@BatchMapping(typeName = "Company", field = "current")
	Map<Company, List<Department>> companyCurrent(List<Company> list) {
		return Batches.lists(list, Company::id, successions.current(ids(list, Company::id)));
	}

	private static <T> List<String> ids(List<T> list, Function<T, String> id) {
		return list.stream().map(id).distinct().toList();
	}

}
