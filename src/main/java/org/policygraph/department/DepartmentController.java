package org.policygraph.department;

import java.util.List;
import java.util.Map;

import org.policygraph.department.DepartmentRepository.DepartmentOrder;
import org.policygraph.department.DepartmentRepository.Workload;
import org.policygraph.graphql.Batches;
import org.policygraph.graphql.Connection;
import org.policygraph.graphql.Page;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class DepartmentController {

	private final DepartmentRepository departments;

	DepartmentController(DepartmentRepository departments) {
		this.departments = departments;
	}

	@QueryMapping
	Department department(@Argument String name, @Argument String jurisdiction) {
		return departments.resolveDepartment(name, jurisdiction);
	}

	@QueryMapping
	Connection<Department> departments(@Argument DepartmentOrder orderBy, @Argument Integer first,
			@Argument String after) {
		return departments.ranked(orderBy == null ? DepartmentOrder.ITEMS_LED : orderBy, Page.of(first, after));
	}

	@BatchMapping
	Map<Department, Integer> itemsLedCount(List<Department> list) {
		Map<String, Workload> workloads = departments.workloads(list.stream().map(Department::id).toList());
		return Batches.each(list, d -> workloads.getOrDefault(d.id(), new Workload(0, 0)).itemsLed());
	}

	@BatchMapping
	Map<Department, Integer> taskCount(List<Department> list) {
		Map<String, Workload> workloads = departments.workloads(list.stream().map(Department::id).toList());
		return Batches.each(list, d -> workloads.getOrDefault(d.id(), new Workload(0, 0)).tasks());
	}

}
