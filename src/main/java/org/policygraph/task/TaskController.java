package org.policygraph.task;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import org.policygraph.department.Department;
import org.policygraph.department.GenericParty;
import org.policygraph.document.Document;
import org.policygraph.document.DocumentRepository;
import org.dataloader.DataLoader;
import org.policygraph.graphql.Batches;
import org.policygraph.graphql.Connection;
import org.policygraph.graphql.Page;
import org.policygraph.succession.SuccessionRepository;
import org.policygraph.task.TaskRepository.Owner;
import org.policygraph.task.TaskRepository.OwnerPage;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class TaskController {

	private final TaskRepository tasks;

	private final DocumentRepository documents;

	private final SuccessionRepository successions;

	TaskController(TaskRepository tasks, DocumentRepository documents, SuccessionRepository successions,
			BatchLoaderRegistry loaders) {
		this.tasks = tasks;
		this.documents = documents;
		this.successions = successions;
		// pages take arguments, which @BatchMapping can't carry: a keyed loader batches
		// them per kind of owner, as for the service item pages
		loaders.forTypePair(OwnerPage.class, Connection.class)
			.withName("taskPages")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
				Map<OwnerPage, Connection> result = new HashMap<>();
				keys.stream()
					.collect(Collectors.groupingBy(OwnerPage::owner))
					.forEach((owner, group) -> result.putAll(tasks.pages(owner, group)));
				return result;
			}));
	}

	@BatchMapping
	Map<Task, List<Department>> units(List<Task> list) {
		Map<String, List<Department>> units = tasks.units(list.stream().map(Task::id).distinct().toList());
		return Batches.lists(list, Task::id, units);
	}

	/**
	 * The bodies that hold the printed units' functions today (as of the reference data).
	 */
	@BatchMapping
	Map<Task, List<Department>> currentLeads(List<Task> list) {
		return Batches.lists(list, Task::id,
				successions.currentUnitsOfTasks(list.stream().map(Task::id).distinct().toList()));
	}

	@BatchMapping
	Map<Task, List<TaskAssignment>> assignments(List<Task> list) {
		return Batches.lists(list, Task::id, tasks.assignments(list.stream().map(Task::id).distinct().toList()));
	}

	@BatchMapping(typeName = "GenericParty", field = "tasks")
	Map<GenericParty, List<Task>> partyTasks(List<GenericParty> list) {
		return Batches.lists(list, GenericParty::id,
				tasks.tasksOfParties(list.stream().map(GenericParty::id).distinct().toList()));
	}

	@BatchMapping(typeName = "Task", field = "document")
	Map<Task, Document> document(List<Task> list) {
		Map<String, Document> byKey = documents.byKeys(list.stream().map(Task::documentKey).distinct().toList());
		return Batches.one(list, Task::documentKey, byKey);
	}

	@BatchMapping(typeName = "Department", field = "tasks")
	Map<Department, List<Task>> departmentTasks(List<Department> list) {
		Map<String, List<Task>> byId = tasks.tasksOfDepartments(list.stream().map(Department::id).toList());
		return Batches.lists(list, Department::id, byId);
	}

	@BatchMapping(typeName = "Document", field = "tasks")
	Map<Document, List<Task>> documentTasks(List<Document> list) {
		Map<String, List<Task>> byId = tasks.tasksOfDocuments(list.stream().map(Document::id).toList());
		return Batches.lists(list, Document::id, byId);
	}

	@SchemaMapping(typeName = "Department", field = "tasksConnection")
	CompletableFuture<Connection> departmentTaskPage(Department department, @Argument Integer first,
			@Argument String after, DataLoader<OwnerPage, Connection> taskPages) {
		return taskPages.load(new OwnerPage(Owner.DEPARTMENT, department.id(), Page.of(first, after)));
	}

	@SchemaMapping(typeName = "Document", field = "tasksConnection")
	CompletableFuture<Connection> documentTaskPage(Document document, @Argument Integer first, @Argument String after,
			DataLoader<OwnerPage, Connection> taskPages) {
		return taskPages.load(new OwnerPage(Owner.DOCUMENT, document.id(), Page.of(first, after)));
	}

}
