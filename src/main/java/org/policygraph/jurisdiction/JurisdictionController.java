package org.policygraph.jurisdiction;

import java.util.List;
import java.util.Map;

import org.policygraph.graphql.Batches;
import org.springframework.graphql.data.method.annotation.Argument;
import org.springframework.graphql.data.method.annotation.BatchMapping;
import org.springframework.graphql.data.method.annotation.QueryMapping;
import org.springframework.stereotype.Controller;

@Controller
class JurisdictionController {

	private final JurisdictionRepository jurisdictions;

	JurisdictionController(JurisdictionRepository jurisdictions) {
		this.jurisdictions = jurisdictions;
	}

	@QueryMapping
	Jurisdiction jurisdiction(@Argument String name) {
		return jurisdictions.resolve(name);
	}

	@QueryMapping
	List<Jurisdiction> jurisdictions(@Argument JurisdictionLevel level, @Argument String parent) {
		String parentCode = parent == null ? null : jurisdictions.resolve(parent).code();
		return jurisdictions.list(level, parentCode);
	}

	@BatchMapping
	Map<Jurisdiction, Jurisdiction> parent(List<Jurisdiction> list) {
		List<String> codes = list.stream().map(Jurisdiction::parentCode).filter(c -> c != null).distinct().toList();
		return Batches.one(list, Jurisdiction::parentCode, jurisdictions.byCodes(codes));
	}

	@BatchMapping
	Map<Jurisdiction, List<Jurisdiction>> children(List<Jurisdiction> list) {
		return Batches.lists(list, Jurisdiction::code,
				jurisdictions.children(list.stream().map(Jurisdiction::code).distinct().toList()));
	}

}
