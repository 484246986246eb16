package org.policygraph.department;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.policygraph.jurisdiction.Jurisdiction;

/**
 * The units one gazette's documents name, each read in its document's jurisdiction, and
 * what each name resolved to, for the writer. One per parse.
 * <p>
 * A unit of the document's own jurisdiction keeps the name it is printed by there (省财政厅,
 * as the records have always said); a unit of another jurisdiction is named by its full
 * name (吉林省财政厅 in a 四平市 document), so that within a document every name means one
 * organisation.
 */
public final class ScopedUnits {

	private final OrganizationDirectory directory;

	private final boolean strict;

	private final Map<String, Map<String, ScopedOrganization>> byDocument = new LinkedHashMap<>();

	private final Map<String, ScopedOrganization> organizations = new LinkedHashMap<>();

	/**
	 * @param strict refuse a name no registry or template knows, rather than keep it as
	 * an unverified organisation
	 */
	public ScopedUnits(OrganizationDirectory directory, boolean strict) {
		this.directory = directory;
		this.strict = strict;
	}

	/** The resolver for the units one document prints. */
	public UnitResolver in(Jurisdiction context, String documentKey) {
		Map<String, ScopedOrganization> names = byDocument.computeIfAbsent(documentKey, k -> new HashMap<>());
		return new UnitResolver() {

			@Override
			public String resolve(String mention) {
				Optional<ScopedOrganization> found = directory.find(mention, context);
				if (found.isEmpty() && (strict || context == null)) {
					throw new UnknownDepartmentException(mention);
				}
				return keep(found.orElseGet(() -> directory.resolve(mention, context)));
			}

			@Override
			public Optional<String> known(String mention) {
				return directory.find(mention, context).map(this::keep);
			}

			private String keep(ScopedOrganization org) {
				String name = context != null && org.jurisdictionCode().equals(context.code()) ? org.name()
						: org.fullName();
				names.put(name, org);
				organizations.putIfAbsent(org.id(), org);
				return name;
			}

		};
	}

	/**
	 * Lets a document use the names resolved under another key: a personnel part's units
	 * are read before its decisions are known.
	 */
	public void share(String fromKey, String toKey) {
		byDocument.computeIfAbsent(toKey, k -> new HashMap<>()).putAll(byDocument.getOrDefault(fromKey, Map.of()));
	}

	/** Per document key, what each unit name in its records stands for. */
	public Map<String, Map<String, ScopedOrganization>> byDocument() {
		return byDocument;
	}

	/** Every organisation named, in the order first named. */
	public List<ScopedOrganization> organizations() {
		return new ArrayList<>(organizations.values());
	}

}
