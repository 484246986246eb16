package org.policygraph.compile;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import graphql.schema.DataFetchingEnvironment;
import org.neo4j.cypherdsl.core.Case;
import org.neo4j.cypherdsl.core.Condition;
import org.neo4j.cypherdsl.core.Cypher;
import org.neo4j.cypherdsl.core.Expression;
import org.neo4j.cypherdsl.core.Node;
import org.neo4j.cypherdsl.core.Parameter;
import org.neo4j.cypherdsl.core.Statement;
import org.neo4j.cypherdsl.core.SymbolicName;
import org.policygraph.document.AskedNumbers;
import org.policygraph.document.DocumentNumbers;
import org.policygraph.graphql.Connection;
import org.policygraph.graphql.Page;
import org.policygraph.service.ServiceItemStatements;
import org.policygraph.jurisdiction.Jurisdiction;
import org.policygraph.jurisdiction.JurisdictionLevel;
import org.policygraph.jurisdiction.JurisdictionTable;
import org.policygraph.neo4j.Params;

/**
 * The root fields the compiler answers, each the statement of its resolver's repository
 * query with the selection's projection in place of the node.
 */
final class Roots {

	private Roots() {
	}

	/**
	 * A document number as asked, normalised as the resolvers look it up; one they refuse
	 * is theirs to explain.
	 */
	private static String askedNumber(String asked) {
		try {
			return AskedNumbers.normalise(asked);
		}
		catch (RuntimeException notANumber) {
			throw new Root.Fallback("not a number: the resolver says why");
		}
	}

	/** The one object a lookup found; none found is the resolver's error to give. */
	private static Object first(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Page> pages, String none) {
		if (rows.isEmpty()) {
			throw new Root.Fallback(none);
		}
		return shape.read(rows.getFirst().get("row"), pages);
	}

	static Map<String, Root> all() {
		return Map.ofEntries(Map.entry("department", new DepartmentByName()),
				Map.entry("departments", new DepartmentsRanked()), Map.entry("serviceItem", new ServiceItemByNumber()),
				Map.entry("serviceItems", new ServiceItems()), Map.entry("document", new DocumentByNumber()),
				Map.entry("documents", new Documents()), Map.entry("issues", new Issues()),
				Map.entry("indicators", new Indicators()), Map.entry("jurisdiction", new JurisdictionByName()),
				Map.entry("responsibilityMap", new GraphRoots.ResponsibilityMap()),
				Map.entry("connections", new GraphRoots.Connections()), Map.entry("person", new PersonByName()),
				Map.entry("serviceItemCounts", new ServiceItemCounts()));
	}

	/**
	 * OfficialRepository.byName: the person of that name (people are their names), with
	 * only what the selection reads of them, their appointments, organisations and
	 * decisions; the resolver returns whole nodes for its loaders.
	 */
	static final class PersonByName implements Root {

		@Override
		public String type() {
			return "Person";
		}

		@Override
		public boolean paged() {
			return false;
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection) {
			Node person = Cypher.node("Person").named(variable).withProperties("name", Cypher.parameter("name"));
			return Cypher.match(person).with(person).limit(1).returning(projection.as("row")).build();
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			String name = env.getArgument("name");
			String wanted = name == null ? "" : name.replaceAll("\\s+", "");
			if (wanted.isEmpty()) {
				throw new Fallback("an empty name: the resolver says what a name looks like");
			}
			return Params.of("name", wanted);
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			return first(rows, shape, pages, "no such person: the resolver suggests the closest names");
		}

	}

	/**
	 * DepartmentRepository.resolveDepartment, without a jurisdiction: its BY_ANY_NAME,
	 * the seek of the names' index and the test it always was on what the seek finds.
	 */
	static final class DepartmentByName implements Root {

		@Override
		public String type() {
			return "Department";
		}

		@Override
		public boolean paged() {
			return false;
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection) {
			Parameter<Object> name = Cypher.parameter("name");
			Node key = Cypher.node("DepartmentName").named("departmentName");
			SymbolicName departmentId = Cypher.name("departmentId");
			Node department = Cypher.node("Department").named(variable).withProperties("id", departmentId);
			return Cypher.match(key)
				.usingIndexSeek(key.property("key"))
				.where(key.property("key").in(Cypher.listOf(name, Cypher.toLower(name))))
				.withDistinct(key.property("departmentId").as(departmentId))
				.match(department)
				.where(department.property("name")
					.eq(name)
					.or(department.property("fullName").eq(name))
					.or(name.in(department.property("aliases")))
					.or(Cypher.toLower(department.property("englishName")).eq(Cypher.toLower(name))))
				.returning(department.property("fullName").as("fullName"), projection.as("row"))
				.orderBy(department.property("fullName").ascending())
				.build();
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			String name = env.getArgument("name");
			if (env.getArgument("jurisdiction") != null || name == null || name.isBlank()) {
				throw new Fallback("a jurisdiction to resolve or an empty name");
			}
			return Params.of("name", name.strip());
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			Object key = parameters.get("name");
			List<Map<String, Object>> byFullName = rows.stream().filter(r -> key.equals(r.get("fullName"))).toList();
			List<Map<String, Object>> meant = byFullName.size() == 1 ? byFullName : rows;
			if (meant.size() != 1) {
				throw new Fallback("no department or several: the resolver's error says which");
			}
			return shape.read(meant.getFirst().get("row"), pages);
		}

	}

	/**
	 * ServiceItemRepository.withNo: the earliest list's item by default, a named list's
	 * by its document, each a seek on its index and hinted as the repository hints it.
	 */
	static final class ServiceItemByNumber implements Root {

		@Override
		public String type() {
			return "ServiceItem";
		}

		@Override
		public boolean paged() {
			return false;
		}

		/** Whether a document is named. */
		@Override
		public Object variant(DataFetchingEnvironment env) {
			return env.getArgument("document") != null;
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection) {
			return statement(variable, projection, false);
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection, Object byDocument) {
			Parameter<Object> no = Cypher.parameter("no");
			if (Boolean.TRUE.equals(byDocument)) {
				Node item = Cypher.node("ServiceItem")
					.named(variable)
					.withProperties("documentKey", Cypher.parameter("document"), "no", no);
				return Cypher.match(item)
					.usingIndexSeek(item.property("documentKey"), item.property("no"))
					.with(variable)
					.orderBy(item.property("sortKey").ascending())
					.limit(1)
					.returning(projection.as("row"))
					.build();
			}
			Node item = Cypher.node("ServiceItem").named(variable).withProperties("no", no);
			return Cypher.match(item)
				.usingIndexSeek(item.property("no"), item.property("sortKey"))
				.where(item.property("sortKey").isNotNull())
				.with(variable)
				.orderBy(item.property("no").ascending(), item.property("sortKey").ascending())
				.limit(1)
				.returning(projection.as("row"))
				.build();
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			Map<String, Object> parameters = new HashMap<>();
			parameters.put("no", env.<Integer>getArgument("no"));
			String document = env.getArgument("document");
			if (document != null) {
				parameters.put("document", askedNumber(document));
			}
			return parameters;
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			return first(rows, shape, pages, "no such item: the resolver's error says so");
		}

	}

	/** DepartmentRepository.ranked: the same sort key, so the same cursors. */
	static final class DepartmentsRanked implements Root {

		@Override
		public String type() {
			return "Department";
		}

		@Override
		public boolean paged() {
			return true;
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection) {
			Node department = Cypher.node("Department").named(variable);
			SymbolicName items = Cypher.name("items");
			SymbolicName tasks = Cypher.name("tasks");
			SymbolicName sortKey = Cypher.name("sortKey");
			Parameter<Object> order = Cypher.parameter("order");
			Parameter<Object> after = Cypher.parameter("after");
			Expression key = Cypher.caseExpression(order)
				.when(Cypher.literalOf("ITEMS_LED"))
				.then(padded(items).concat(padded(tasks)))
				.when(Cypher.literalOf("TASKS"))
				.then(padded(tasks).concat(padded(items)))
				.elseDefault(Cypher.literalOf(""))
				.concat(Cypher.literalOf("|"))
				.concat(department.property("name"));
			Statement rows = Cypher.match(department)
				.with(department.getRequiredSymbolicName(),
						Cypher.count(department.relationshipTo(Cypher.node("ServiceItem"), "LEADS")).as(items),
						Cypher.count(department.relationshipTo(Cypher.node("Task"), "RESPONSIBLE_FOR")).as(tasks))
				.with(department.getRequiredSymbolicName(), key.as(sortKey))
				.where(after.isNull().or(sortKey.gt(after)))
				.with(department.getRequiredSymbolicName(), sortKey)
				.orderBy(sortKey.ascending())
				.limit(Cypher.parameter("fetch"))
				.returning(Cypher.mapOf("sortKey", sortKey, "node", projection))
				.build();
			Node any = Cypher.node("Department").named("department");
			Expression total = Cypher.count(Cypher.match(any).returning(any).build());
			return Cypher.returning(total.as("total"), Cypher.collect(rows).as("rows")).build();
		}

		/** {@code right('000000' + toString(999999 - n), 6)}: most work first as text. */
		private static Expression padded(SymbolicName count) {
			return Cypher.right(
					Cypher.literalOf("000000").concat(Cypher.toString(Cypher.literalOf(999999).subtract(count))),
					Cypher.literalOf(6));
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			Object order = env.getArgument("orderBy");
			Map<String, Object> parameters = pageParameters(env);
			parameters.put("order", order == null ? "ITEMS_LED" : order.toString());
			return parameters;
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			return connection(rows.getFirst(), shape, parameters, pages);
		}

	}

	/** ServiceItemRepository.page for the conditions that need no lookup of their own. */
	static final class ServiceItems implements Root {

		@Override
		public String type() {
			return "ServiceItem";
		}

		@Override
		public boolean paged() {
			return true;
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection) {
			Node item = Cypher.node("ServiceItem").named(variable);
			Parameter<Object> after = Cypher.parameter("after");
			Expression sortKey = item.property("sortKey");
			// the domain by its name or English name, as ServiceItemRepository.domainName
			// resolves it before the page
			SymbolicName domainName = Cypher.name("domainName");
			Expression resolved = domain();
			Statement rows = Cypher.match(item)
				.where(after.isNull().or(sortKey.gt(after)).and(filter(item, domainName)))
				.with(item)
				.orderBy(sortKey.ascending())
				.limit(Cypher.parameter("fetch"))
				.returning(Cypher.mapOf("sortKey", sortKey, "node", projection))
				.build();
			Expression total = Cypher.count(Cypher.match(item).where(filter(item, domainName)).returning(item).build());
			return Cypher.with(resolved.as(domainName))
				.returning(domainName, total.as("total"), Cypher.collect(rows).as("rows"))
				.build();
		}

		/**
		 * Whether payers are asked: the items are then read from the first one's shares.
		 */
		@Override
		public Object variant(DataFetchingEnvironment env) {
			Map<String, Object> where = env.getArgument("where");
			return where != null && where.get("payers") instanceof List<?> payers && !payers.isEmpty();
		}

		/**
		 * With payers, the items the first payer's shares reach (a payer has few, an item
		 * several) filtered once, counted and paged from one list; the statement without
		 * them reads every item twice, once to count and once to page.
		 */
		@Override
		public Statement statement(SymbolicName variable, Expression projection, Object variant) {
			if (!Boolean.TRUE.equals(variant)) {
				return statement(variable, projection);
			}
			Node item = Cypher.node("ServiceItem").named(variable);
			Expression sortKey = item.property("sortKey");
			Parameter<Object> after = Cypher.parameter("after");
			Expression first = Cypher.head(Cypher.parameter("payers"));
			Node payer = Cypher.node("Payer")
				.named("firstPayer")
				.withProperties("code", Cypher.property(first, "payer"));
			var share = item.relationshipTo(payer, "FUNDED_BY").named("firstShare");
			Expression role = Cypher.property(first, "role");
			SymbolicName domainName = Cypher.name("domainName");
			SymbolicName matched = Cypher.name("matched");
			// each candidate with its sort key, read once: the page filters and sorts
			// by the value carried instead of reading every candidate's key again
			SymbolicName key = Cypher.name("sortKey");
			SymbolicName candidate = Cypher.name("candidate");
			Expression candidates = Cypher.collect(Cypher.match(share)
				.where(role.isNull()
					.or(share.property("role").eq(role))
					.and(filter(item, domainName, Cypher.subListFrom(Cypher.parameter("payers"), 1))))
				.withDistinct(item)
				.with(item.getRequiredSymbolicName(), sortKey.as(key))
				.orderBy(key.ascending())
				.returning(Cypher.mapOf("node", item.getRequiredSymbolicName(), "sortKey", key))
				.build());
			Statement rows = Cypher.unwind(matched)
				.as(candidate)
				.with(Cypher.property(candidate, "node").as(variable), Cypher.property(candidate, "sortKey").as(key))
				.where(after.isNull().or(key.gt(after)))
				.with(variable, key)
				.orderBy(key.ascending())
				.limit(Cypher.parameter("fetch"))
				.returning(Cypher.mapOf("sortKey", key, "node", projection))
				.build();
			return Cypher.with(domain().as(domainName))
				.with(domainName, candidates.as(matched))
				.returning(domainName, Cypher.size(matched).as("total"), Cypher.collect(rows).as("rows"))
				.build();
		}

		/**
		 * ServiceItemRepository.domainName: the domain by its name or English name; none
		 * asked reads no domain (the subquery alone tests every one against null).
		 */
		private static Expression domain() {
			Parameter<Object> wanted = Cypher.parameter("domain");
			Node domain = Cypher.node("Domain").named("domain");
			return Cypher.caseExpression()
				.when(wanted.isNull())
				.then(Cypher.literalNull())
				.elseDefault(Cypher.head(Cypher.collect(Cypher.match(domain)
					.where(domain.property("name")
						.eq(wanted)
						.or(Cypher.toLower(domain.property("englishName")).eq(Cypher.toLower(wanted))))
					.returning(domain.property("name"))
					.limit(1)
					.build())));
		}

		/** ServiceItemRepository's FILTER without the lead (that falls back). */
		private static Condition filter(Node item, SymbolicName domainName) {
			return filter(item, domainName, Cypher.parameter("payers"));
		}

		/**
		 * @param payers the payers each item must have (all of them, or all but one)
		 */
		private static Condition filter(Node item, SymbolicName domainName, Expression payers) {
			Parameter<Object> pattern = Cypher.parameter("pattern");
			Parameter<Object> text = Cypher.parameter("text");
			SymbolicName wanted = Cypher.name("wanted");
			Node payer = Cypher.node("Payer").named("payer").withProperties("code", Cypher.property(wanted, "payer"));
			var funded = item.relationshipTo(payer, "FUNDED_BY").named("funded");
			Expression role = Cypher.property(wanted, "role");
			Condition pays = Cypher.exists(Cypher.match(funded)
				.where(role.isNull().or(funded.property("role").eq(role)))
				.returning(funded)
				.build());
			Node inDomain = Cypher.node("Domain").named("inDomain").withProperties("name", domainName);
			return domainName.isNull()
				.or(Cypher.exists(item.relationshipTo(inDomain, "IN_DOMAIN")))
				.and(pattern.isNull().or(item.property("fundingPattern").eq(pattern)))
				.and(text.isNull()
					.or(item.property("name").contains(text))
					.or(item.property("targetGroup").contains(text))
					.or(item.property("standard").contains(text))
					.or(item.property("fundingText").contains(text)))
				.and(Cypher.all(wanted).in(payers).where(pays));
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			Map<String, Object> where = env.getArgument("where");
			Map<String, Object> w = where == null ? Map.of() : where;
			if (w.get("leadDepartment") != null) {
				throw new Fallback("a department to resolve first");
			}
			List<Map<String, Object>> payers = new ArrayList<>();
			if (w.get("payers") instanceof List<?> given) {
				for (Object p : given) {
					Map<?, ?> payer = (Map<?, ?>) p;
					payers.add(Params.of("payer", String.valueOf(payer.get("payer")), "role",
							payer.get("role") == null ? null : String.valueOf(payer.get("role"))));
				}
			}
			Map<String, Object> parameters = pageParameters(env);
			parameters.put("payers", payers);
			parameters.put("pattern", w.get("fundingPattern"));
			parameters.put("text", w.get("text"));
			parameters.put("domain", w.get("domain") == null ? null : w.get("domain").toString().strip());
			return parameters;
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			if (parameters.get("domain") != null && rows.getFirst().get("domainName") == null) {
				throw new Fallback("no such domain: the resolver suggests the closest");
			}
			return connection(rows.getFirst(), shape, parameters, pages);
		}

	}

	/**
	 * DocumentRepository.byNumber: two index seeks, the document the gazette prints
	 * first.
	 */
	static final class DocumentByNumber implements Root {

		@Override
		public String type() {
			return "Document";
		}

		@Override
		public boolean paged() {
			return false;
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection) {
			Parameter<Object> number = Cypher.parameter("number");
			Node document = Cypher.anyNode(variable);
			Statement byNumber = Cypher.match(Cypher.node("Document").named(variable).withProperties("number", number))
				.returning(variable)
				.build();
			Statement byKey = Cypher.match(Cypher.node("Document").named(variable).withProperties("key", number))
				.returning(variable)
				.build();
			return Cypher.call(Cypher.union(byNumber, byKey))
				.with(variable)
				.orderBy(document.property("citedOnly").ascending())
				.limit(1)
				.returning(projection.as("row"))
				.build();
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			String number = env.getArgument("number");
			if (number == null || number.isBlank()) {
				throw new Fallback("an empty number");
			}
			return Params.of("number", askedNumber(number.strip()));
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			return first(rows, shape, pages, "no such document: the resolver suggests the closest");
		}

	}

	/** DocumentController.documents: DocumentRepository.page's filter, ordered by id. */
	static final class Documents implements Root {

		@Override
		public String type() {
			return "Document";
		}

		@Override
		public boolean paged() {
			return true;
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection) {
			Node document = Cypher.node("Document").named(variable);
			Parameter<Object> after = Cypher.parameter("after");
			Expression id = document.property("id");
			SymbolicName candidates = Cypher.name("candidates");
			SymbolicName code = Cypher.name("code");
			Statement rows = Cypher.match(document)
				.where(after.isNull().or(id.gt(after)).and(filter(document, code)))
				.with(document)
				.orderBy(id.ascending())
				.limit(Cypher.parameter("fetch"))
				.returning(Cypher.mapOf("sortKey", id, "node", projection))
				.build();
			Expression total = Cypher
				.count(Cypher.match(document).where(filter(document, code)).returning(document).build());
			return Cypher.with(jurisdictionCandidates().as(candidates))
				.with(candidates, Cypher.property(Cypher.head(candidates), "code").as(code))
				.returning(candidates, total.as("total"), Cypher.collect(rows).as("rows"))
				.build();
		}

		/**
		 * JurisdictionRepository.resolve's candidates, the one
		 * JurisdictionTable.preferred would choose first (own name, then code, then short
		 * name at the highest level); none without a name, so no division is read then.
		 */
		private static Expression jurisdictionCandidates() {
			SymbolicName key = Cypher.name("key");
			Node candidate = Cypher.node("Jurisdiction").named("candidate");
			// the enum's order, top first, as JurisdictionTable compares levels
			Case.CaseEnding level = null;
			for (JurisdictionLevel each : JurisdictionLevel.values()) {
				level = (level == null ? Cypher.caseExpression(candidate.property("level")) : level)
					.when(Cypher.literalOf(each.name()))
					.then(Cypher.literalOf(each.ordinal()));
			}
			Expression tier = Cypher.caseExpression()
				.when(candidate.property("name").eq(key))
				.then(Cypher.literalOf(0))
				.when(candidate.property("code").eq(key))
				.then(Cypher.literalOf(1))
				.elseDefault(Cypher.literalOf(2));
			Parameter<Object> given = Cypher.parameter("jurisdictionName");
			return Cypher.collect(Cypher
				.unwind(Cypher.caseExpression()
					.when(given.isNull())
					.then(Cypher.listOf())
					.elseDefault(Cypher.listOf(given)))
				.as(key)
				.match(candidate)
				.where(candidate.property("name")
					.eq(key)
					.or(candidate.property("code").eq(key))
					.or(key.in(candidate.property("shortNames"))))
				.with(candidate, tier.as("tier"),
						level.elseDefault(Cypher.literalOf(JurisdictionLevel.values().length)).as("level"))
				.orderBy(Cypher.name("tier").ascending(), Cypher.name("level").ascending(),
						candidate.property("code").ascending())
				.returning(candidate)
				.build());
		}

		/**
		 * DocumentRepository's FILTER: absent conditions are null parameters; a
		 * jurisdiction is the code of the division its name resolves to in the statement.
		 */
		private static Condition filter(Node document, SymbolicName code) {
			Parameter<Object> jurisdiction = Cypher.parameter("jurisdictionName");
			Parameter<Object> issuer = Cypher.parameter("issuer");
			Parameter<Object> kind = Cypher.parameter("kind");
			Parameter<Object> from = Cypher.parameter("issuedFrom");
			Parameter<Object> to = Cypher.parameter("issuedTo");
			Parameter<Object> cites = Cypher.parameter("cites");
			Parameter<Object> text = Cypher.parameter("text");
			Node cited = Cypher.node("Document").named("cited");
			return jurisdiction.isNull()
				.or(document.property("jurisdictionCode").eq(code))
				.and(issuer.isNull().or(document.property("issuer").contains(issuer)))
				.and(kind.isNull().or(document.property("kind").eq(kind)))
				.and(from.isNull().or(document.property("issuedOn").gte(from)))
				.and(to.isNull().or(document.property("issuedOn").lte(to)))
				.and(cites.isNull()
					.or(Cypher.exists(Cypher.match(document.relationshipTo(cited, "CITES"))
						.where(cited.property("key")
							.eq(cites)
							.or(cited.property("number").eq(cites))
							.or(cited.property("title").eq(cites)))
						.returning(cited)
						.build())))
				.and(text.isNull()
					.or(document.property("title").contains(text))
					.or(document.property("number").contains(text)));
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			Map<String, Object> where = env.getArgument("where");
			Map<String, Object> w = where == null ? Map.of() : where;
			Map<String, Object> parameters = pageParameters(env);
			parameters.put("jurisdictionName", blankToNull(w.get("jurisdiction")));
			parameters.put("issuer", blankToNull(w.get("issuer")));
			parameters.put("kind", w.get("kind") == null ? null : w.get("kind").toString());
			parameters.put("issuedFrom", w.get("issuedFrom"));
			parameters.put("issuedTo", w.get("issuedTo"));
			String cites = blankToNull(w.get("cites"));
			parameters.put("cites", cites == null ? null : citedKey(cites));
			parameters.put("text", blankToNull(w.get("text")));
			return parameters;
		}

		/**
		 * A number in any printed form becomes the canonical one; anything else is a
		 * title.
		 */
		private static String citedKey(String cites) {
			try {
				return DocumentNumbers.normalise(cites);
			}
			catch (IllegalArgumentException notANumber) {
				return cites;
			}
		}

		private static String blankToNull(Object value) {
			return value == null || value.toString().isBlank() ? null : value.toString().strip();
		}

		/**
		 * The statement filtered by its first candidate; JurisdictionTable decides
		 * whether that is the one division the name means, and the resolver reports a
		 * name that means none or several.
		 */
		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			Map<String, Object> row = rows.getFirst();
			String name = (String) parameters.get("jurisdictionName");
			if (name != null) {
				List<Jurisdiction> candidates = ((List<?>) row.get("candidates")).stream()
					.map(c -> Jurisdiction.of((org.neo4j.driver.types.Node) c))
					.toList();
				List<Jurisdiction> meant = JurisdictionTable.preferred(name, candidates);
				if (meant.size() != 1 || !meant.getFirst().equals(candidates.getFirst())) {
					throw new Fallback("a jurisdiction that names no division or several: the resolver says which");
				}
			}
			return connection(row, shape, parameters, pages);
		}

	}

	/**
	 * JurisdictionRepository.resolve: every division the name could mean, and
	 * JurisdictionTable's choice among them.
	 */
	static final class JurisdictionByName implements Root {

		@Override
		public String type() {
			return "Jurisdiction";
		}

		@Override
		public boolean paged() {
			return false;
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection) {
			Node jurisdiction = Cypher.node("Jurisdiction").named(variable);
			Parameter<Object> key = Cypher.parameter("key");
			return Cypher.match(jurisdiction)
				.where(jurisdiction.property("name")
					.eq(key)
					.or(jurisdiction.property("code").eq(key))
					.or(key.in(jurisdiction.property("shortNames"))))
				.returning(variable.as("candidate"), projection.as("row"))
				.build();
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			String name = env.getArgument("name");
			if (name == null || name.isBlank()) {
				throw new Fallback("an empty name");
			}
			return Params.of("key", name.strip());
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			List<Jurisdiction> candidates = rows.stream()
				.map(r -> Jurisdiction.of((org.neo4j.driver.types.Node) r.get("candidate")))
				.toList();
			List<Jurisdiction> meant = JurisdictionTable.preferred((String) parameters.get("key"), candidates);
			if (meant.size() != 1) {
				throw new Fallback("no division or several: the resolver's error says which");
			}
			return shape.read(rows.get(candidates.indexOf(meant.getFirst())).get("row"), pages);
		}

	}

	/** PlanRepository.indicators: by heading or by the service domain they measure. */
	static final class Indicators implements Root {

		@Override
		public String type() {
			return "Indicator";
		}

		@Override
		public boolean paged() {
			return false;
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection) {
			Node indicator = Cypher.node("Indicator").named(variable);
			Node domain = Cypher.node("Domain").named("domain");
			Parameter<Object> wanted = Cypher.parameter("domain");
			return Cypher.match(indicator)
				.where(wanted.isNull()
					.or(indicator.property("domain").eq(wanted))
					.or(Cypher.exists(Cypher.match(indicator.relationshipTo(domain, "MEASURES"))
						.where(domain.property("name")
							.eq(wanted)
							.or(Cypher.toLower(domain.property("englishName")).eq(Cypher.toLower(wanted))))
						.returning(domain)
						.build())))
				.with(indicator)
				.orderBy(indicator.property("documentKey").ascending(), indicator.property("order").ascending())
				.returning(projection.as("row"))
				.build();
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			String domain = env.getArgument("domain");
			return Params.of("domain", domain == null ? null : domain.strip());
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			return rows.stream().map(r -> shape.read(r.get("row"), pages)).toList();
		}

	}

	/** DocumentRepository.issues. */
	static final class Issues implements Root {

		@Override
		public String type() {
			return "Issue";
		}

		@Override
		public boolean paged() {
			return false;
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection) {
			Node issue = Cypher.node("Issue").named(variable);
			return Cypher.match(issue)
				.with(issue)
				.orderBy(issue.property("publishedOn").ascending(), issue.property("id").ascending())
				.returning(projection.as("row"))
				.build();
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			return new HashMap<>();
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			return rows.stream().map(r -> shape.read(r.get("row"), pages)).toList();
		}

	}

	/**
	 * ServiceItemController.serviceItemCounts without a filter: the resolver's statement
	 * (ServiceItemStatements), its rows made the objects the selection projects. A filter
	 * names departments and domains the resolver resolves first: its to answer.
	 */
	static final class ServiceItemCounts implements Root {

		@Override
		public String type() {
			return "GroupCount";
		}

		@Override
		public boolean paged() {
			return false;
		}

		@Override
		public Object variant(DataFetchingEnvironment env) {
			Object by = env.getArgument("by");
			if (by == null || env.getArgument("where") != null) {
				throw new Fallback("a filter: the resolver resolves its names");
			}
			return by.toString();
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection) {
			throw new UnsupportedOperationException("the statement depends on the grouping");
		}

		@Override
		public Statement statement(SymbolicName variable, Expression projection, Object grouping) {
			return Cypher.callRawCypher(ServiceItemStatements.countsOfEveryItem((String) grouping))
				.with(Cypher
					.mapOf("key", Cypher.name("key"), "englishName", Cypher.name("english"), "count",
							Cypher.name("count"))
					.as(variable))
				.returning(projection.as("row"))
				.build();
		}

		@Override
		public Map<String, Object> parameters(DataFetchingEnvironment env) {
			return new HashMap<>(ServiceItemStatements.countsOfEveryItemParameters());
		}

		@Override
		public Object answer(List<Map<String, Object>> rows, Shape.Row shape, Map<String, Object> parameters,
				Map<String, Page> pages) {
			return rows.stream().map(r -> shape.read(r.get("row"), pages)).toList();
		}

	}

	/** The root page's arguments; a page the resolver would refuse is its to refuse. */
	private static Map<String, Object> pageParameters(DataFetchingEnvironment env) {
		Page page;
		try {
			page = Page.of(env.getArgument("first"), env.getArgument("after"));
		}
		catch (RuntimeException refused) {
			throw new Root.Fallback("a page the resolver refuses");
		}
		return Params.of("after", page.after(), "fetch", page.fetch());
	}

	private static Connection<CompiledRow> connection(Map<String, Object> row, Shape.Row shape,
			Map<String, Object> parameters, Map<String, Page> pages) {
		Page page = new Page(((Number) parameters.get("fetch")).intValue() - 1, (String) parameters.get("after"));
		return Shape.connection(row, shape, page, pages);
	}

}
