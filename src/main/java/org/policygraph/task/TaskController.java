package org.policygraph.task;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.policygraph.department.Department;
import org.policygraph.department.GenericParty;
import org.policygraph.document.Document;
import org.policygraph.document.DocumentRepository;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.stereotype.Controller;

@Controller
class TaskController {

	private final TaskRepository tasks;

	private final DocumentRepository documents;

	TaskController(TaskRepository tasks, DocumentRepository documents) {
		this.tasks = tasks;
		this.documents = documents;
	}

	@BatchMapping
	Map<Task, List<Department>> units(List<Task> list) {
		Map<String, List<Department>> units = tasks.units(list.stream().map(Task::id).distinct().toList());
		return list.stream()
			.collect(Collectors.toMap(Function.identity(), t -> units.getOrDefault(t.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping
	Map<Task, List<TaskAssignment>> assignments(List<Task> list) {
		Map<String, List<TaskAssignment>> byTask = tasks.assignments(list.stream().map(Task::id).distinct().toList());
		return list.stream()
			.collect(Collectors.toMap(Function.identity(), t -> byTask.getOrDefault(t.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "GenericParty", field = "tasks")
	Map<GenericParty, List<Task>> partyTasks(List<GenericParty> list) {
		Map<String, List<Task>> byId = tasks.tasksOfParties(list.stream().map(GenericParty::id).toList());
		return list.stream()
			.collect(Collectors.toMap(Function.identity(), p -> byId.getOrDefault(p.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Task", field = "document")
	Map<Task, Document> document(List<Task> list) {
		Map<String, Document> byKey = documents.byKeys(list.stream().map(Task::documentKey).distinct().toList());
		return list.stream()
			.collect(Collectors.toMap(Function.identity(), t -> byKey.get(t.documentKey()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Department", field = "tasks")
	Map<Department, List<Task>> departmentTasks(List<Department> list) {
		Map<String, List<Task>> byId = tasks.tasksOfDepartments(list.stream().map(Department::id).toList());
		return list.stream()
			.collect(Collectors.toMap(Function.identity(), d -> byId.getOrDefault(d.id(), List.of()), (a, b) -> a));
	}

	@BatchMapping(typeName = "Document", field = "tasks")
	Map<Document, List<Task>> documentTasks(List<Document> list) {
		Map<String, List<Task>> byId = tasks.tasksOfDocuments(list.stream().map(Document::id).toList());
		return list.stream()
			.collect(Collectors.toMap(Function.identity(), d -> byId.getOrDefault(d.id(), List.of()), (a, b) -> a));
	}

}
