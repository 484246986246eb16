package org.policygraph.ingest;

import org.junit.jupiter.api.Test;

class GazetteDumpTests {

	@Test
	void dump() {
		Gazette g = Gazettes.real();
		System.out.println(g.issue());
		g.editorialBoard().forEach(m -> System.out.println(m.person() + " " + m.roles() + " " + m.source().fromLine() + "-" + m.source().toLine()));
		g.documents().forEach(d -> System.out.println("DOC " + d.key() + " | " + d.number() + " | " + d.title() + " | " + d.kind() + " | " + d.issuer() + " | " + d.issuedOn() + " | " + d.addressees() + " | " + d.interprets() + " | " + d.citedOnly() + " | " + d.source().fromLine() + "-" + d.source().toLine()));
		g.annexes().forEach(a -> System.out.println("ANNEX " + a));
		g.citations().forEach(c -> System.out.println("CIT " + c.citingKey() + " -> " + c.citedKey() + " | " + c.citedNumber() + " | " + c.citedTitle() + " | " + c.source().fromLine() + "-" + c.source().toLine()));
		g.domains().forEach(d -> System.out.println("DOM " + d.order() + " " + d.name() + " " + d.englishName() + " " + d.source().fromLine()));
		g.serviceItems().forEach(i -> System.out.println("ITEM " + i.no() + " | " + i.domain() + " | " + i.name() + " | " + i.targetGroup() + " | " + i.funding().text() + " | " + i.leadDepartments() + " | " + i.source().fromLine()));
		g.indicators().forEach(i -> System.out.println("IND " + i.order() + " | " + i.domain() + " | " + i.name() + " | " + i.unit() + " | " + i.baseline() + " | " + i.target() + " | " + i.cumulative() + " | " + i.source().fromLine()));
		g.phasedTargets().forEach(p -> System.out.println("PHASE " + p.phase() + " " + p.fromYear() + "-" + p.toYear() + " " + p.targets() + " " + p.source().fromLine() + "-" + p.source().toLine()));
		g.tasks().forEach(t -> System.out.println("TASK " + t.documentKey() + " | " + t.key() + " | " + t.kind() + " | " + t.title() + " | " + t.units() + " | " + t.separateLeads() + " | " + t.source().fromLine() + "-" + t.source().toLine() + " | " + t.text().substring(0, Math.min(30, t.text().length())) + "…" + t.text().substring(Math.max(0, t.text().length() - 15))));
		g.appointments().forEach(a -> System.out.println("APPT " + a));
	}
}
