package org.policygraph.ingest.parse;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import org.policygraph.department.UnitResolver;
import org.policygraph.department.UnknownDepartmentException;
import org.policygraph.funding.Funding;
import org.policygraph.funding.FundingClassifier;
import org.policygraph.funding.UnclassifiedFundingException;
import org.policygraph.ingest.record.AssignmentRole;
import org.policygraph.ingest.record.TaskAssignmentRecord;
import org.policygraph.ingest.text.GazetteText;

/**
 * The department registry and the funding grammar as the parser uses them: their failures
 * become format errors that name the gazette line, so whoever fixes the input knows where
 * to look.
 */
final class Lookups {

	private final GazetteText text;

	private final UnitResolver units;

	private final FundingClassifier funding;

	private final Responsibilities responsibilities;

	Lookups(GazetteText text, UnitResolver units, FundingClassifier funding) {
		this.text = text;
		this.units = units;
		this.responsibilities = new Responsibilities(units);
		this.funding = funding;
	}

	/** The same lookups, with units read in another document's jurisdiction. */
	Lookups with(UnitResolver documentUnits) {
		return new Lookups(text, documentUnits, funding);
	}

	GazetteText text() {
		return text;
	}

	/** One department or company, e.g. 省住建厅 → 省住房城乡建设厅. */
	String unit(String mention, int line) {
		try {
			return units.resolve(mention);
		}
		catch (UnknownDepartmentException ex) {
			throw text.error(line, ex.getMessage() + " in \"" + mention + "\"; expected a registered department", ex);
		}
	}

	/**
	 * The same, but null when the registry does not know the mention (for trying
	 * candidate readings).
	 */
	String unitOrNull(String mention) {
		return units.known(mention).orElse(null);
	}

	/** The departments a responsibility phrase names, in printed order; at least one. */
	List<String> units(String phrase, int line) {
		List<String> resolved = responsibilities(phrase, line, () -> responsibilities.units(phrase));
		if (resolved.isEmpty()) {
			throw text.error(line, "\"" + phrase + "\" names no responsible department");
		}
		return resolved;
	}

	/**
	 * Every unit a responsibility phrase names, with its role, in printed order; at least
	 * one.
	 */
	List<TaskAssignmentRecord> assignments(String phrase, int line) {
		List<TaskAssignmentRecord> assignments = responsibilities(phrase, line,
				() -> responsibilities.assignments(phrase));
		if (assignments.isEmpty()) {
			throw text.error(line, "\"" + phrase + "\" names no responsible unit");
		}
		return assignments;
	}

	/** One mention as a unit (a department or a generic party, or both joined by 和). */
	List<TaskAssignmentRecord> assignee(String mention, AssignmentRole role, int line) {
		return responsibilities(mention, line, () -> responsibilities.mention(mention, role));
	}

	/**
	 * The same, but empty when the mention is no unit (for trying candidate readings).
	 */
	Optional<TaskAssignmentRecord> assigneeOrEmpty(String mention, AssignmentRole role) {
		return responsibilities.unit(mention, role);
	}

	private <T> T responsibilities(String phrase, int line, Supplier<T> reading) {
		try {
			return reading.get();
		}
		catch (UnknownDepartmentException ex) {
			throw text.error(line, ex.getMessage() + " in \"" + phrase + "\"; expected registered departments", ex);
		}
	}

	Funding funding(String sentence, int line) {
		try {
			return funding.classify(sentence);
		}
		catch (UnclassifiedFundingException ex) {
			throw text.error(line, ex.getMessage() + "; expected a 支出责任 phrase the funding grammar reads", ex);
		}
	}

}
