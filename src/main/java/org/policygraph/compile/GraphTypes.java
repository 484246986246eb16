package org.policygraph.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiFunction;
import java.util.function.Function;

import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.PatternElement;
import org.neo4j.cypherdsl.core.Relationship;
import org.neo4j.cypherdsl.core.SortItem;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.policygraph.funding.Payer;
import org.policygraph.funding.PayerNames;
import org.policygraph.succession.Successions;
import org.policygraph.compile.FieldRead.Hop;
import org.policygraph.compile.FieldRead.Paged;
import org.policygraph.compile.FieldRead.Related;
import org.policygraph.compile.FieldRead.Same;
import org.policygraph.compile.FieldRead.Scope;
import org.policygraph.compile.FieldRead.Value;
import org.policygraph.compile.FieldRead.Zipped;

/**
 * The fields the compiler knows, per GraphQL object type, each read the way its record's
 * mapper and its batch loader read it (NodeValues' defaults become coalesce, the loaders'
 * ORDER BY the subqueries'). A field missing here sends its whole root field to the
 * resolvers.
 */
final class GraphTypes {

	/**
	 * The one interface whose objects the compiler returns; resolved from the node's
	 * labels.
	 */
	static final String ORGANIZATION = "Organization";

	private static final Set<String> ORGANIZATIONS = Set.of("Department", "Company", "GenericParty");

	private final Map<String, Map<String, FieldRead>> types = new HashMap<>();

	GraphTypes() {
		Map<String, FieldRead> organization = Map.of("id", property("id"), "name", property("name"), "fullName",
				property("fullName"), "englishName", property("englishName"), "kind", property("kind"), "foundedOn",
				property("foundedOn"), "dissolvedOn", property("dissolvedOn"), "appointments",
				new Related("Appointment", true, GraphTypes::appointmentsAt));
		Map<String, FieldRead> department = new HashMap<>(organization);
		department.put("aliases", strings("aliases"));
		department.put("verified", orElse("verified", Cypher.literalFalse()));
		department.put("itemsLedCount", new Value(s -> degree(node(s).relationshipTo(Cypher.anyNode(), "LEADS"))));
		department.put("taskCount",
				new Value(s -> degree(node(s).relationshipTo(Cypher.anyNode(), "RESPONSIBLE_FOR"))));
		department.put("leads", new Paged("ServiceItem", (s, names) -> {
			Node item = Cypher.node("ServiceItem").named(names.variable());
			return new Hop(List.of(node(s).relationshipTo(item, "LEADS")), null,
					new Scope(item.getRequiredSymbolicName()), List.of());
		}, s -> Cypher.property(s.node(), "sortKey"), false,
				s -> degree(node(s).relationshipTo(Cypher.anyNode(), "LEADS"))));
		department.put("tasks", new Related("Task", true, (s, names) -> {
			Node task = Cypher.node("Task").named(names.variable());
			return new Hop(List.of(node(s).relationshipTo(task, "RESPONSIBLE_FOR")), null,
					new Scope(task.getRequiredSymbolicName()),
					List.of(task.property("documentKey").ascending(), task.property("srcFrom").ascending()));
		}));
		department.put("tasksConnection", taskPage((s, task) -> node(s).relationshipTo(task, "RESPONSIBLE_FOR")));
		department.put("current", new Related("Department", true, (s, names) -> today(node(s), null, names)));
		department.put("predecessors", successions(false));
		department.put("successors", successions(true));
		types.put("Department", department);
		types.put("Succession",
				Map.of("kind", property("kind"), "on", property("on"), "source", property("source"), "from",
						new Same("Department", s -> new Scope(s.other("from"))), "to",
						new Same("Department", s -> new Scope(s.other("to")))));
		types.put("Company", organization);
		types.put("GenericParty", Map.of("id", organization.get("id"), "name", organization.get("name"), "tasks",
				new Related("Task", true, (s, names) -> {
					Node task = Cypher.node("Task").named(names.variable());
					return new Hop(List.of(node(s).relationshipTo(task, "ASSIGNED_TO")), null,
							new Scope(task.getRequiredSymbolicName()),
							List.of(task.property("documentKey").ascending(), task.property("srcFrom").ascending()));
				})));

		Map<String, FieldRead> itemFields = new HashMap<>(Map.of("id", property("id"), "no",
				orElse("no", Cypher.literalOf(0)), "name", property("name"), "targetGroup", property("targetGroup"),
				"standard", property("standard"), "funding", new Same("Funding", s -> s), "source", SOURCE));
		itemFields.put("leadDepartments", new Related("Department", true, (s, names) -> {
			Node lead = Cypher.node("Department").named(names.variable());
			Relationship leads = lead.relationshipTo(node(s), "LEADS").named(names.variable());
			return new Hop(List.of(leads), null, new Scope(lead.getRequiredSymbolicName()),
					List.of(leads.property("order").ascending()));
		}));
		itemFields.put("domain", new Related("Domain", false, (s, names) -> {
			Node domain = Cypher.node("Domain").named(names.variable());
			return new Hop(List.of(node(s).relationshipTo(domain, "IN_DOMAIN")), null,
					new Scope(domain.getRequiredSymbolicName()), List.of());
		}));
		itemFields.put("currentLeads", new Related("Department", true, (s, names) -> {
			Node lead = Cypher.node("Department").named(names.variable());
			Relationship leads = lead.relationshipTo(node(s), "LEADS").named(names.variable());
			return today(lead, leads, names);
		}));
		types.put("ServiceItem", itemFields);
		types.put("Funding", Map.of("text", property("fundingText"), "pattern", property("fundingPattern"), "shares",
				new Related("FundingShare", true, (s, names) -> {
					Node payer = Cypher.node("Payer").named(names.variable());
					Relationship funded = node(s).relationshipTo(payer, "FUNDED_BY").named(names.variable());
					return new Hop(List.of(funded), null,
							new Scope(payer.getRequiredSymbolicName(),
									Map.of("share", funded.getRequiredSymbolicName())),
							List.of(funded.property("order").ascending()));
				}), "earmarks", zipped("FundingEarmark", List.of("fund", "share", "purpose"),
						List.of("earmarkFunds", "earmarkShares", "earmarkPurposes"))));
		types.put("FundingShare",
				Map.of("payer", property("code"), "role", share("role"), "locality", share("locality"), "rate",
						share("rate"), "scope", share("scope"), "condition", share("condition"), "payerName",
						payerName(PayerNames::chinese), "payerEnglishName", payerName(PayerNames::english)));
		types.put("Domain",
				Map.of("id", property("id"), "name", property("name"), "englishName", property("englishName"),
						"itemCount", new Value(s -> degree(node(s).relationshipFrom(Cypher.anyNode(), "IN_DOMAIN")))));

		Map<String, FieldRead> taskFields = new HashMap<>(
				Map.of("id", property("id"), "title", property("title"), "text", property("text"), "kind",
						property("kind"), "separateLeads", orElse("separateLeads", Cypher.literalFalse()), "document",
						documentByKey("documentKey"), "source", SOURCE));
		taskFields.put("units", new Related("Department", true, (s, names) -> {
			Node unit = Cypher.node("Department").named(names.variable());
			Relationship responsible = unit.relationshipTo(node(s), "RESPONSIBLE_FOR").named(names.variable());
			return new Hop(List.of(responsible), null, new Scope(unit.getRequiredSymbolicName()),
					List.of(responsible.property("order").ascending()));
		}));
		taskFields.put("assignments", new Related("TaskAssignment", true, (s, names) -> {
			Node unit = Cypher.anyNode(names.variable());
			Relationship assigned = unit.relationshipTo(node(s), "RESPONSIBLE_FOR", "ASSIGNED_TO")
				.named(names.variable());
			return new Hop(List.of(assigned), null,
					new Scope(unit.getRequiredSymbolicName(), Map.of("assignment", assigned.getRequiredSymbolicName())),
					List.of(assigned.property("position").ascending()));
		}));
		taskFields.put("currentLeads", new Related("Department", true, (s, names) -> {
			Node unit = Cypher.node("Department").named(names.variable());
			Relationship responsible = unit.relationshipTo(node(s), "RESPONSIBLE_FOR").named(names.variable());
			return today(unit, responsible, names);
		}));
		types.put("Task", taskFields);
		types.put("TaskAssignment", Map.of("unit", new Same(ORGANIZATION, s -> new Scope(s.node())), "role",
				new Value(s -> Cypher.property(s.other("assignment"), "role"))));

		Map<String, FieldRead> document = new HashMap<>(
				Map.of("id", property("id"), "number", property("number"), "title", property("title"), "kind",
						property("kind"), "issuer", property("issuer"), "issuedOn", property("issuedOn"), "addressees",
						strings("addressees"), "citedOnly", orElse("citedOnly", Cypher.literalFalse()), "indexNumber",
						property("indexNumber"), "publishedOn", property("publishedOn")));
		document.put("topics", strings("topics"));
		document.put("validity", property("validity"));
		document.put("appointments", new Related("Appointment", true, (s, names) -> {
			Hop hop = appointmentsAt(null, names);
			Node appointment = Cypher.anyNode(hop.inner().node());
			return new Hop(List.of(hop.patterns().getFirst(), appointment.relationshipTo(node(s), "DECIDED_BY")), null,
					hop.inner(), hop.order());
		}));
		document.put("cites", documents((d, o) -> d.relationshipTo(o, "CITES"),
				(rel, o) -> List.of(Cypher.property(rel, "srcFrom").ascending(), o.property("id").ascending())));
		document.put("citedBy",
				documents((d, o) -> d.relationshipFrom(o, "CITES"), (rel, o) -> List.of(o.property("id").ascending())));
		document.put("implements", documents((d, o) -> d.relationshipTo(o, "IMPLEMENTS"),
				(rel, o) -> List.of(Cypher.property(rel, "srcFrom").ascending(), o.property("id").ascending())));
		document.put("implementedBy", documents((d, o) -> d.relationshipFrom(o, "IMPLEMENTS"),
				(rel, o) -> List.of(o.property("issuedOn").ascending(), o.property("id").ascending())));
		document.put("interpretedBy", documents((d, o) -> d.relationshipFrom(o, "INTERPRETS"),
				(rel, o) -> List.of(o.property("id").ascending())));
		document.put("tasks", new Related("Task", true, (s, names) -> {
			Node task = Cypher.node("Task").named(names.variable());
			return new Hop(List.of(task.relationshipTo(node(s), "IN_DOCUMENT")), null,
					new Scope(task.getRequiredSymbolicName()), List.of(task.property("srcFrom").ascending()));
		}));
		document.put("tasksConnection", taskPage((s, task) -> task.relationshipTo(node(s), "IN_DOCUMENT")));
		document.put("phasedTargets", byDocumentKey("PhasedTarget", "targetYear"));
		document.put("indicators", byDocumentKey("Indicator", "order"));
		document.put("annexes", new Related("Annex", true, (s, names) -> {
			Node annex = Cypher.node("Annex").named(names.variable());
			return new Hop(List.of(node(s).relationshipTo(annex, "HAS_ANNEX")), null,
					new Scope(annex.getRequiredSymbolicName()), List.of(annex.property("no").ascending()));
		}));
		document.put("source", SOURCE);
		document.put("jurisdiction", new Related("Jurisdiction", false, (s, names) -> {
			Node jurisdiction = Cypher.node("Jurisdiction")
				.named(names.variable())
				.withProperties("code", Cypher.property(s.node(), "jurisdictionCode"));
			return new Hop(List.of(jurisdiction), null, new Scope(jurisdiction.getRequiredSymbolicName()), List.of());
		}));
		types.put("Jurisdiction",
				Map.of("id", property("id"), "code", property("code"), "name", property("name"), "shortNames",
						strings("shortNames"), "level", property("level"), "englishName", property("englishName"),
						"parent", new Related("Jurisdiction", false, (s, names) -> {
							Node parent = Cypher.node("Jurisdiction")
								.named(names.variable())
								.withProperties("code", Cypher.property(s.node(), "parentCode"));
							return new Hop(List.of(parent), null, new Scope(parent.getRequiredSymbolicName()),
									List.of());
						})));
		types.put("Document", document);
		types.put("Annex",
				Map.of("no", orElse("no", Cypher.literalOf(0)), "title", property("title"), "source", SOURCE));
		types.put("PhasedTarget",
				Map.of("id", property("id"), "phase", property("phase"), "fromYear",
						orElse("fromYear", Cypher.literalOf(0)), "toYear", orElse("toYear", Cypher.literalOf(0)),
						"targetYear", orElse("targetYear", Cypher.literalOf(0)), "targets", strings("targets"),
						"document", documentByKey("documentKey"), "source", SOURCE));
		types.put("Indicator",
				Map.of("id", property("id"), "name", property("name"), "domain", property("domain"), "unit",
						property("unit"), "baseline", property("baseline"), "target", property("target"), "cumulative",
						property("cumulative"), "document", documentByKey("documentKey"), "source", SOURCE,
						"serviceDomain", new Related("Domain", false, (s, names) -> {
							Node domain = Cypher.node("Domain").named(names.variable());
							return new Hop(List.of(node(s).relationshipTo(domain, "MEASURES")), null,
									new Scope(domain.getRequiredSymbolicName()), List.of());
						})));
		types.put("Source", Map.of("lines",
				new Value(s -> Cypher.listOf(Cypher.coalesce(Cypher.property(s.node(), "srcFrom"), Cypher.literalOf(0)),
						Cypher.coalesce(Cypher.property(s.node(), "srcTo"), Cypher.literalOf(0)))),
				"text", property("srcText"), "file", property("srcFile"), "page", property("srcPage"), "document",
				documentByKey("srcDocument")));

		types.put("Appointment",
				Map.of("id", property("id"), "action", property("action"), "post", property("post"), "date",
						property("date"), "person", new Same("Person", s -> new Scope(s.other("person"))),
						"organization", new Same(ORGANIZATION, s -> new Scope(s.other("organization"))), "decision",
						documentByKey("documentKey"), "source", SOURCE));
		types.put("Person", Map.of("id", property("id"), "name", property("name"), "appointments",
				new Related("Appointment", true, GraphTypes::appointmentsOf)));

		Map<String, FieldRead> issue = new HashMap<>(Map.of("id", property("id"), "title", property("title"), "year",
				orElse("year", Cypher.literalOf(0)), "number", orElse("number", Cypher.literalOf(0)),
				"cumulativeNumber", property("cumulativeNumber"), "publishedOn", property("publishedOn"), "publisher",
				property("publisher"), "issn", property("issn"), "cn", property("cn"), "frequency",
				property("frequency")));
		issue.put("editorialOffice", property("editorialOffice"));
		issue.put("sponsor", property("sponsor"));
		issue.put("contacts",
				zipped("IssueContact", List.of("label", "value"), List.of("contactLabels", "contactValues")));
		issue.put("editorialBoard", new Related("EditorialMember", true, (s, names) -> {
			Node person = Cypher.node("Person").named(names.variable());
			Relationship seat = person.relationshipTo(node(s), "ON_EDITORIAL_BOARD").named(names.variable());
			return new Hop(List.of(seat), null,
					new Scope(person.getRequiredSymbolicName(), Map.of("seat", seat.getRequiredSymbolicName())),
					List.of(seat.property("srcFrom").ascending(), person.property("name").ascending()));
		}));
		issue.put("documents", new Related("Document", true, (s, names) -> {
			Node published = Cypher.node("Document").named(names.variable());
			return new Hop(List.of(published.relationshipTo(node(s), "PUBLISHED_IN")), null,
					new Scope(published.getRequiredSymbolicName()), List.of(published.property("srcFrom").ascending()));
		}));
		types.put("Issue", issue);
		// a serviceItemCounts row: a map with the counted key, its English label and the
		// count
		types.put("GroupCount",
				Map.of("key", property("key"), "englishName", property("englishName"), "count", property("count")));
		types.put("EditorialMember", Map.of("person", new Same("Person", s -> new Scope(s.node())), "roles",
				new Value(s -> Cypher.coalesce(Cypher.property(s.other("seat"), "roles"), Cypher.listOf()))));
	}

	/**
	 * The read of a field on a concrete type, or null when the compiler doesn't know it.
	 */
	FieldRead field(String type, String name) {
		Map<String, FieldRead> fields = types.get(type);
		return fields == null ? null : fields.get(name);
	}

	static boolean isAbstract(String type) {
		return ORGANIZATION.equals(type);
	}

	/** The concrete type of an organisation, as {@code Department.of} decides it. */
	static Expression typeName(Scope scope) {
		Node node = node(scope);
		return Cypher.caseExpression()
			.when(node.hasLabels("GenericParty"))
			.then(Cypher.literalOf("GenericParty"))
			.when(node.hasLabels("Company"))
			.then(Cypher.literalOf("Company"))
			.elseDefault(Cypher.literalOf("Department"));
	}

	static boolean isOrganization(String type) {
		return ORGANIZATIONS.contains(type);
	}

	/**
	 * The appointments at an organisation (or, without one, at any), with the person and
	 * the organisation bound for the appointment's fields; OfficialRepository's order.
	 */
	private static Hop appointmentsAt(Scope organization, Names names) {
		Node person = Cypher.node("Person").named(names.variable());
		Node appointment = Cypher.node("Appointment").named(names.variable());
		Node at = organization == null ? Cypher.node("Organization").named(names.variable()) : node(organization);
		SymbolicName atName = at.getRequiredSymbolicName();
		return new Hop(List.of(person.relationshipTo(appointment, "HAS_APPOINTMENT").relationshipTo(at, "AT")), null,
				new Scope(appointment.getRequiredSymbolicName(),
						Map.of("person", person.getRequiredSymbolicName(), "organization", atName)),
				appointmentOrder(appointment));
	}

	private static List<SortItem> appointmentOrder(Node appointment) {
		return List.of(appointment.property("date").ascending(), appointment.property("documentKey").ascending(),
				appointment.property("index").ascending());
	}

	/** A person's appointments with their organisations, OfficialRepository's order. */
	private static Hop appointmentsOf(Scope person, Names names) {
		Node appointment = Cypher.node("Appointment").named(names.variable());
		Node at = Cypher.node("Organization").named(names.variable());
		return new Hop(List.of(node(person).relationshipTo(appointment, "HAS_APPOINTMENT").relationshipTo(at, "AT")),
				null,
				new Scope(appointment.getRequiredSymbolicName(),
						Map.of("person", person.node(), "organization", at.getRequiredSymbolicName())),
				appointmentOrder(appointment));
	}

	/**
	 * Provenance: the node's src* properties, null on a node that has none
	 * ({@code Source.of}).
	 */
	private static final Same SOURCE = new Same("Source", s -> s,
			s -> Cypher.property(s.node(), "srcFrom").isNotNull());

	/**
	 * Documents related to a document by one relationship, in
	 * DocumentRepository.Relation's order.
	 */
	private static Related documents(BiFunction<Node, Node, Relationship> pattern,
			BiFunction<SymbolicName, Node, List<SortItem>> order) {
		return new Related("Document", true, (s, names) -> {
			Node other = Cypher.node("Document").named(names.variable());
			Relationship related = pattern.apply(node(s), other).named(names.variable());
			return new Hop(List.of(related), null, new Scope(other.getRequiredSymbolicName()),
					order.apply(related.getRequiredSymbolicName(), other));
		});
	}

	/**
	 * The document a node names by key (a task's, a source's), as
	 * DocumentRepository.byKeys finds it.
	 */
	private static Related documentByKey(String property) {
		return new Related("Document", false, (s, names) -> {
			Node document = Cypher.node("Document")
				.named(names.variable())
				.withProperties("key", Cypher.property(s.node(), property));
			return new Hop(List.of(document), null, new Scope(document.getRequiredSymbolicName()), List.of());
		});
	}

	/** A document's indicators or phased targets: nodes that carry its key. */
	private static Related byDocumentKey(String label, String order) {
		return new Related(label, true, (s, names) -> {
			Node node = Cypher.node(label)
				.named(names.variable())
				.withProperties("documentKey", Cypher.property(s.node(), "key"));
			return new Hop(List.of(node), null, new Scope(node.getRequiredSymbolicName()),
					List.of(node.property(order).ascending()));
		});
	}

	/**
	 * A type whose objects a node holds as one list per field (ServiceItem.of's earmarks,
	 * Issue.of's contacts), each field the list's element at the object's index.
	 */
	private Zipped zipped(String type, List<String> fields, List<String> lists) {
		Map<String, FieldRead> reads = new HashMap<>();
		for (int i = 0; i < fields.size(); i++) {
			String list = lists.get(i);
			reads.put(fields.get(i),
					new Value(s -> Cypher.valueAt(Cypher.property(s.node(), list), s.other(Zipped.INDEX))));
		}
		types.put(type, Map.copyOf(reads));
		return new Zipped(type, lists);
	}

	private static Value share(String name) {
		return new Value(s -> Cypher.property(s.other("share"), name));
	}

	/** PayerNames' names, as a literal map looked up by the payer's code. */
	private static Value payerName(Function<Payer, String> name) {
		List<Object> entries = new ArrayList<>();
		for (Payer payer : Payer.values()) {
			entries.add(payer.name());
			entries.add(Cypher.literalOf(name.apply(payer)));
		}
		Expression names = Cypher.mapOf(entries.toArray());
		return new Value(s -> Cypher.property(names, Cypher.property(s.node(), "code")));
	}

	/**
	 * SuccessionRepository's TODAY: the bodies that hold a printed body's functions now
	 * (every body before the last one ended, the last one did not), each once, in the
	 * printed order, then by the chain's length and name.
	 * @param printed the rel to the parent whose {@code order} is the printed order, or
	 * null for the body on its own
	 */
	private static Hop today(Node body, Relationship printed, Names names) {
		Node current = Cypher.node("Department").named(names.variable());
		var chain = Cypher.path(names.variable())
			.definedBy(body.relationshipTo(current, "SUCCEEDED_BY").length(0, Successions.MAX_CHAIN));
		Condition ended = current.property("dissolved")
			.isNull()
			.and(Cypher.raw("all(n IN nodes($E)[..-1] WHERE n.dissolved = true)", chain.getRequiredSymbolicName())
				.asCondition());
		List<PatternElement> patterns = printed == null ? List.of(chain) : List.of(printed, chain);
		Expression length = Cypher.length(chain);
		Expression first = printed == null ? length
				: Cypher.property(printed.getRequiredSymbolicName(), "order")
					.multiply(Cypher.literalOf(1000))
					.add(length);
		return new Hop(patterns, ended, new Scope(current.getRequiredSymbolicName()),
				List.of(current.property("name").ascending()), first);
	}

	/**
	 * A page of tasks as TaskRepository.pages reads it: each task once, by its sort key
	 * (document, zero-padded printed line, id), the key its cursors carry.
	 */
	private static Paged taskPage(BiFunction<Scope, Node, PatternElement> owned) {
		return new Paged("Task", (s, names) -> {
			Node task = Cypher.node("Task").named(names.variable());
			return new Hop(List.of(owned.apply(s, task)), null, new Scope(task.getRequiredSymbolicName()), List.of());
		}, s -> Cypher.raw(
				"$E.documentKey + '\\u001f' + right('00000000' + toString($E.srcFrom), 9) + '\\u001f' + $E.id",
				s.node(), s.node(), s.node()), true);
	}

	/** A department's successions, in the reference data's line order. */
	private static Related successions(boolean after) {
		return new Related("Succession", true, (s, names) -> {
			Node other = Cypher.node("Department").named(names.variable());
			Node from = after ? node(s) : other;
			Node to = after ? other : node(s);
			Relationship succeeded = from.relationshipTo(to, "SUCCEEDED_BY").named(names.variable());
			return new Hop(List.of(succeeded), null,
					new Scope(succeeded.getRequiredSymbolicName(),
							Map.of("from", from.getRequiredSymbolicName(), "to", to.getRequiredSymbolicName())),
					List.of(succeeded.property("line").ascending()));
		});
	}

	/**
	 * The number of relationships of a type whose other end has one label only, by
	 * construction (LEADS ends at a ServiceItem, RESPONSIBLE_FOR at a Task, IN_DOMAIN
	 * starts at a ServiceItem: the writers create nothing else, GraphInvariantsIT checks
	 * it): counted without the other end's label, the database reads the node's degree
	 * instead of every neighbour.
	 */
	private static Expression degree(Relationship typed) {
		return Cypher.count(typed);
	}

	private static Node node(Scope scope) {
		return Cypher.anyNode(scope.node());
	}

	private static Value property(String name) {
		return new Value(s -> Cypher.property(s.node(), name));
	}

	private static Value orElse(String name, Expression otherwise) {
		return new Value(s -> Cypher.coalesce(Cypher.property(s.node(), name), otherwise));
	}

	private static Value strings(String name) {
		return orElse(name, Cypher.listOf());
	}

}
