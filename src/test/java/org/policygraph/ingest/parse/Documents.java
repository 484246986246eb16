package org.policygraph.ingest.parse;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

import org.policygraph.department.DepartmentRegistry;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.funding.FundingGrammar;
import org.policygraph.ingest.record.SingleDocument;
import org.policygraph.ingest.record.ParsedFile;
import org.policygraph.ingest.source.SourceFile;

/** The single documents written for the tests, and the file parser they go through. */
final class Documents {

	static final String SIPING_2017_110 = "siping-sizhengbanfa-2017-110-disclosure-page.txt";

	static final String NATIONAL = "national-elderly-care-opinion.txt";

	static final String PROVINCIAL = "jilin-elderly-care-plan.txt";

	static final String SIPING_HTML = "siping-elderly-care-plan.html";

	static final String TONGHUA = "tonghua-elderly-care-plan.txt";

	static final String LIAOYUAN_SERVICE_LIST = "liaoyuan-basic-public-services-list.txt";

	static final String PROVINCIAL_ONE_LINE = "jilin-elderly-care-plan-one-line.txt";

	static final String PROVINCIAL_ONE_PARAGRAPH_HTML = "jilin-elderly-care-plan-one-paragraph.html";

	static final String BAISHAN_TRADITIONAL = "baishan-elderly-care-plan-traditional.txt";

	private static final DepartmentRegistry REGISTRY = DepartmentRegistry.loadDefault();

	private Documents() {
	}

	static byte[] bytes(String name) {
		try (InputStream in = Documents.class.getResourceAsStream("/documents/" + name)) {
			if (in == null) {
				throw new IllegalStateException("no test document " + name);
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static String text(String name) {
		return new String(bytes(name), StandardCharsets.UTF_8);
	}

	/**
	 * Lenient, as uploads and the ingest command are: names nobody knows become
	 * unverified.
	 */
	private static final InputForms FORMS = new InputForms(OrganizationDirectory.withDefaults(REGISTRY), false,
			new FundingGrammar());

	private static final InputForms STRICT = new InputForms(OrganizationDirectory.withDefaults(REGISTRY), true,
			new FundingGrammar());

	static ParsedFile parseStrictly(String name, byte[] content) {
		return STRICT.parse(new SourceFile(name, content));
	}

	static ParsedFile parse(String name, byte[] content) {
		return FORMS.parse(new SourceFile(name, content));
	}

	static SingleDocument single(String name) {
		return single(name, bytes(name));
	}

	static SingleDocument single(String name, byte[] content) {
		ParsedFile parsed = parse(name, content);
		if (parsed.document() == null) {
			throw new AssertionError(name + " was read as a gazette issue");
		}
		return parsed.document();
	}

}
