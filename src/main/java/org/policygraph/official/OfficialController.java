package org.policygraph.official;

import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import graphql.schema.DataFetchingFieldSelectionSet;

import org.policygraph.department.Company;
import org.policygraph.department.Department;
import org.policygraph.department.DepartmentRepository;
import org.policygraph.department.Organization;
import org.policygraph.document.Document;
import org.policygraph.document.DocumentRepository;
import org.policygraph.document.Issue;
import org.policygraph.graphql.BadRequestException;
import org.policygraph.graphql.Batches;
import org.policygraph.graphql.ClosestNames;
import org.policygraph.graphql.NotFoundException;
import org.policygraph.official.OfficialRepository.Owner;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class OfficialController {

	private final OfficialRepository officials;

	private final DepartmentRepository organizations;

	private final DocumentRepository documents;

	OfficialController(OfficialRepository officials, DepartmentRepository organizations, DocumentRepository documents) {
		this.officials = officials;
		this.organizations = organizations;
		this.documents = documents;
	}

	/**
	 * Looks ahead: when the request asks for the person's appointments, they come with
	 * their organisations and decisions in the person's own query and are primed into the
	 * batch loaders (one round trip, not four).
	 */
	@QueryMapping
	Person person(@Argument String name, DataFetchingEnvironment env) {
		String wanted = name.replaceAll("\\s+", "");
		if (wanted.isEmpty()) {
			throw new BadRequestException("a person's name must not be empty, e.g. 杜延华");
		}
		DataFetchingFieldSelectionSet selection = env.getSelectionSet();
		Person person;
		if (selection.contains("appointments")) {
			OfficialRepository.PersonWithAppointments found = officials.byNameWithAppointments(wanted);
			person = found == null ? null : found.person();
			if (person != null) {
				Batches.prime(env, "Person.appointments", person,
						found.appointments()
							.stream()
							.map(OfficialRepository.AppointmentWithNeighbours::appointment)
							.toList());
				boolean organizations = selection.contains("appointments/organization");
				boolean decisions = selection.contains("appointments/decision");
				for (OfficialRepository.AppointmentWithNeighbours a : found.appointments()) {
					if (organizations) {
						Batches.prime(env, "Appointment.organization", a.appointment(), a.organization());
					}
					if (decisions && a.decision() != null) {
						Batches.prime(env, "Appointment.decision", a.appointment(), a.decision());
					}
				}
			}
		}
		else {
			person = officials.byName(wanted);
		}
		if (person == null) {
			throw new NotFoundException("person", name, ClosestNames.closest(wanted, officials.allNames(), 3));
		}
		return person;
	}

	@BatchMapping(typeName = "Person", field = "appointments")
	Map<Person, List<Appointment>> personAppointments(List<Person> people) {
		Map<String, List<Appointment>> byId = officials.appointments(people.stream().map(Person::id).toList(),
				Owner.PERSON);
		return Batches.lists(people, Person::id, byId);
	}

	@BatchMapping
	Map<Person, List<String>> editorialRoles(List<Person> people) {
		return Batches.lists(people, Person::id, officials.editorialRoles(people.stream().map(Person::id).toList()));
	}

	@BatchMapping(typeName = "Department", field = "appointments")
	Map<Department, List<Appointment>> departmentAppointments(List<Department> list) {
		return Batches.lists(list, Department::id,
				officials.appointments(list.stream().map(Department::id).toList(), Owner.ORGANIZATION));
	}

	@BatchMapping(typeName = "Company", field = "appointments")
	Map<Company, List<Appointment>> companyAppointments(List<Company> list) {
		return Batches.lists(list, Company::id,
				officials.appointments(list.stream().map(Company::id).toList(), Owner.ORGANIZATION));
	}

	@BatchMapping(typeName = "Document", field = "appointments")
	Map<Document, List<Appointment>> documentAppointments(List<Document> list) {
		return Batches.lists(list, Document::id,
				officials.appointments(list.stream().map(Document::id).toList(), Owner.DECISION));
	}

	@BatchMapping(typeName = "Appointment", field = "person")
	Map<Appointment, Person> appointmentPerson(List<Appointment> list) {
		return Batches.one(list, Appointment::personId,
				officials.byIds(list.stream().map(Appointment::personId).distinct().toList()));
	}

	@BatchMapping(typeName = "Appointment", field = "organization")
	Map<Appointment, Organization> appointmentOrganization(List<Appointment> list) {
		return Batches.one(list, Appointment::organizationId,
				organizations.byIds(list.stream().map(Appointment::organizationId).distinct().toList()));
	}

	@BatchMapping(typeName = "Appointment", field = "decision")
	Map<Appointment, Document> appointmentDecision(List<Appointment> list) {
		return Batches.one(list, Appointment::decisionKey,
				documents.byKeys(list.stream().map(Appointment::decisionKey).distinct().toList()));
	}

	@BatchMapping(typeName = "Issue", field = "editorialBoard")
	Map<Issue, List<EditorialMember>> editorialBoard(List<Issue> issues) {
		Map<String, List<DocumentRepository.BoardSeat>> seats = documents
			.editorialBoards(issues.stream().map(Issue::id).toList());
		return Batches.each(issues,
				i -> seats.get(i.id())
					.stream()
					.map(s -> new EditorialMember(new Person(s.personId(), s.personName()), s.roles()))
					.toList());
	}

}
