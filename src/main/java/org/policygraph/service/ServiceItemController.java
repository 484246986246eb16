package org.policygraph.service;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

import graphql.schema.DataFetchingEnvironment;
import org.dataloader.DataLoader;
import org.policygraph.department.Department;
import org.policygraph.department.DepartmentRepository;
import org.policygraph.document.AskedNumbers;
import org.policygraph.document.Document;
import org.policygraph.funding.Funding;
import org.policygraph.funding.FundingShare;
import org.policygraph.funding.PayerNames;
import org.policygraph.graphql.BadRequestException;
import org.policygraph.graphql.Batches;
import org.policygraph.graphql.ClosestNames;
import org.policygraph.graphql.Connection;
import org.policygraph.graphql.Lookahead;
import org.policygraph.graphql.NotFoundException;
import org.policygraph.graphql.Page;
import org.policygraph.service.ServiceItemRepository.Filter;
import org.policygraph.service.ServiceItemRepository.GroupRow;
import org.policygraph.service.ServiceItemRepository.Grouping;
import org.policygraph.service.ServiceItemRepository.ItemWithNeighbours;
import org.policygraph.service.ServiceItemRepository.Parent;
import org.policygraph.service.ServiceItemRepository.ParentPage;
import org.policygraph.succession.SuccessionRepository;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.graphql.data.method.annotation.SchemaMapping;
import org.springframework.graphql.execution.BatchLoaderRegistry;
import org.springframework.stereotype.Controller;
import reactor.core.publisher.Mono;

@Controller
class ServiceItemController {

	private final ServiceItemRepository items;

	private final DepartmentRepository departments;

	private final SuccessionRepository successions;

	ServiceItemController(ServiceItemRepository items, DepartmentRepository departments,
			SuccessionRepository successions, BatchLoaderRegistry loaders) {
		this.items = items;
		this.departments = departments;
		this.successions = successions;
		// Nested pages take arguments, which @BatchMapping can't carry; a keyed loader
		// batches them per kind.
		loaders.forTypePair(ParentPage.class, Connection.class)
			.withName("serviceItemPages")
			.registerMappedBatchLoader((keys, env) -> Mono.fromSupplier(() -> {
				Map<ParentPage, Connection> result = new java.util.HashMap<>();
				keys.stream()
					.collect(Collectors.groupingBy(ParentPage::parent))
					.forEach((parent, group) -> result.putAll(items.pages(parent, group)));
				return result;
			}));
	}

	/**
	 * Looks ahead: when the request asks for the item's domain, funding or leads, they
	 * come in the item's own query and are primed into the batch loaders, so a point
	 * lookup costs one round trip instead of four.
	 */
	@QueryMapping
	ServiceItem serviceItem(@Argument int no, @Argument String document, DataFetchingEnvironment env) {
		String number = document == null ? null : BadRequestException.parsing(() -> AskedNumbers.normalise(document));
		Set<String> selected = Lookahead.fieldNames(env);
		boolean domain = selected.contains("domain");
		boolean funding = selected.contains("funding");
		boolean leads = selected.contains("leadDepartments");
		if (!domain && !funding && !leads) {
			ServiceItem item = items.byNo(no, number);
			if (item == null) {
				throw new NotFoundException("service item", "no. " + no, List.of());
			}
			return item;
		}
		ItemWithNeighbours found = items.byNoWithNeighbours(no, number, domain, funding, leads);
		if (found == null) {
			throw new NotFoundException("service item", "no. " + no, List.of());
		}
		ServiceItem item = found.item();
		if (domain) {
			Batches.prime(env, "ServiceItem.domain", item, found.domain());
		}
		if (funding) {
			Batches.prime(env, "ServiceItem.funding", item, ServiceItemRepository.funding(item, found.shares()));
		}
		if (leads) {
			Batches.prime(env, "ServiceItem.leadDepartments", item, found.leads());
		}
		return item;
	}

	@QueryMapping
	Connection<ServiceItem> serviceItems(@Argument ServiceItemWhere where, @Argument Integer first,
			@Argument String after) {
		return items.page(resolve(where), Page.of(first, after));
	}

	@QueryMapping
	List<GroupRow> serviceItemCounts(@Argument Grouping by, @Argument ServiceItemWhere where) {
		return items.countBy(by, resolve(where));
	}

	@QueryMapping
	List<Domain> domains() {
		return items.allDomains();
	}

	@BatchMapping
	Map<ServiceItem, Domain> domain(List<ServiceItem> list) {
		Map<String, Domain> byId = items.domains(ids(list));
		return Batches.one(list, ServiceItem::id, byId);
	}

	@BatchMapping
	Map<ServiceItem, Funding> funding(List<ServiceItem> list) {
		Map<String, List<FundingShare>> shares = items.shares(ids(list));
		return Batches.each(list, s -> ServiceItemRepository.funding(s, shares.get(s.id())));
	}

	@BatchMapping
	Map<ServiceItem, List<Department>> leadDepartments(List<ServiceItem> list) {
		Map<String, List<Department>> leads = items.leads(ids(list));
		return Batches.lists(list, ServiceItem::id, leads);
	}

	/**
	 * The bodies that hold the printed leads' functions today (as of the reference data).
	 */
	@BatchMapping
	Map<ServiceItem, List<Department>> currentLeads(List<ServiceItem> list) {
		return Batches.lists(list, ServiceItem::id, successions.currentLeadsOfItems(ids(list)));
	}

	@BatchMapping
	Map<Domain, Integer> itemCount(List<Domain> domains) {
		Map<String, Integer> counts = items.itemCounts(domains.stream().map(Domain::id).toList());
		return Batches.each(domains, d -> counts.getOrDefault(d.id(), 0));
	}

	@SchemaMapping(typeName = "Department", field = "leads")
	CompletableFuture<Connection> leads(Department department, @Argument Integer first, @Argument String after,
			DataLoader<ParentPage, Connection> serviceItemPages) {
		return serviceItemPages.load(new ParentPage(Parent.DEPARTMENT, department.id(), Page.of(first, after)));
	}

	@SchemaMapping(typeName = "Domain", field = "serviceItems")
	CompletableFuture<Connection> domainItems(Domain domain, @Argument Integer first, @Argument String after,
			DataLoader<ParentPage, Connection> serviceItemPages) {
		return serviceItemPages.load(new ParentPage(Parent.DOMAIN, domain.id(), Page.of(first, after)));
	}

	@SchemaMapping(typeName = "Document", field = "serviceItems")
	CompletableFuture<Connection> documentItems(Document document, @Argument Integer first, @Argument String after,
			DataLoader<ParentPage, Connection> serviceItemPages) {
		return serviceItemPages.load(new ParentPage(Parent.DOCUMENT, document.id(), Page.of(first, after)));
	}

	@SchemaMapping(typeName = "FundingShare")
	String payerName(FundingShare share) {
		return PayerNames.chinese(share.payer());
	}

	@SchemaMapping(typeName = "FundingShare")
	String payerEnglishName(FundingShare share) {
		return PayerNames.english(share.payer());
	}

	private Filter resolve(ServiceItemWhere where) {
		ServiceItemWhere w = where == null ? ServiceItemWhere.NONE : where;
		String lead = w.leadDepartment() == null ? null : departments.resolveDepartment(w.leadDepartment(), null).id();
		String domain = null;
		if (w.domain() != null) {
			domain = items.domainName(w.domain().strip());
			if (domain == null) {
				throw new NotFoundException("domain", w.domain(),
						ClosestNames.closest(w.domain(), items.allDomains().stream().map(Domain::name).toList(), 3));
			}
		}
		List<Map<String, Object>> payers = w.payers() == null ? List.of()
				: w.payers()
					.stream()
					.map(p -> org.policygraph.neo4j.Params.of("payer", p.payer().name(), "role",
							p.role() == null ? null : p.role().name()))
					.toList();
		return new Filter(domain, lead, payers, w.fundingPattern(), w.text());
	}

	private static List<String> ids(List<ServiceItem> list) {
		return list.stream().map(ServiceItem::id).distinct().toList();
	}

}
