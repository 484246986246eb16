package org.policygraph.ingest.parse;

import java.util.List;

import org.policygraph.department.UnitResolver;
import org.policygraph.department.UnknownDepartmentException;
import org.policygraph.funding.Funding;
import org.policygraph.funding.FundingClassifier;
import org.policygraph.funding.UnclassifiedFundingException;
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

	/** The units a responsibility phrase names, in printed order; at least one. */
	List<String> units(String phrase, int line) {
		List<String> resolved;
		try {
			resolved = responsibilities.units(phrase);
		}
		catch (UnknownDepartmentException ex) {
			throw text.error(line, ex.getMessage() + " in \"" + phrase + "\"; expected registered departments", ex);
		}
		if (resolved.isEmpty()) {
			throw text.error(line, "\"" + phrase + "\" names no responsible department");
		}
		return resolved;
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
