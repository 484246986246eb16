package org.policygraph.department;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;

import org.policygraph.jurisdiction.IssuingOrgans;
import org.policygraph.jurisdiction.Jurisdiction;
import org.policygraph.jurisdiction.JurisdictionLevel;
import org.policygraph.jurisdiction.JurisdictionTable;

/**
 * Every organisation a document can name, scoped to a jurisdiction: the curated
 * registries where there are some (today 吉林省's, {@code departments.tsv}), the national
 * template of standard bodies for every other jurisdiction, and, for a name nobody knows,
 * an unverified organisation of the jurisdiction that prints it.
 * <p>
 * A name resolves in context: 省财政厅 in a 河南省 document is 河南省财政厅; 省财政厅 in a 四平市 document is
 * its province's (a city has a 财政局, not a 财政厅); a full name such as 湖北省发展和改革委员会 resolves
 * wherever it appears.
 */
public final class OrganizationDirectory {

	private static final Pattern WHITESPACE = Pattern.compile("[\\s\\u3000]+");

	/** The level word a printed name starts with, meaning "this government's". */
	private static final Pattern LEVEL_PREFIX = Pattern.compile("^(自治区|地区|省|市|州|盟|县|区|旗)");

	private final JurisdictionTable jurisdictions;

	private final IssuingOrgans organs;

	private final OrganizationTemplate template;

	private final Map<String, DepartmentRegistry> curated;

	/** Curated units by full name, which is unique in the country. */
	private final Map<String, ScopedOrganization> curatedByFullName = new HashMap<>();

	private final Map<String, Map<String, ScopedOrganization>> byJurisdiction = new ConcurrentHashMap<>();

	/**
	 * Answers of {@link #find}, which depend on the mention and the jurisdiction alone: a
	 * national corpus asks for the same few hundred names in each jurisdiction issue
	 * after issue (remembered, they cost the parser about 8 % less time). The first ones
	 * asked are kept, up to {@link #ANSWERS_KEPT}; past that, a name is looked up as
	 * before.
	 */
	private final Map<Asked, Optional<ScopedOrganization>> answers = new ConcurrentHashMap<>();

	private static final int ANSWERS_KEPT = 200_000;

	private record Asked(String mention, Jurisdiction context) {
	}

	/**
	 * @param registries curated registries, each naming its jurisdiction
	 * @throws IllegalArgumentException when a registry does not say whose it is, or names
	 * a jurisdiction the table lacks, or two registries claim one jurisdiction
	 */
	public OrganizationDirectory(JurisdictionTable jurisdictions, OrganizationTemplate template,
			Map<String, DepartmentRegistry> registries) {
		this.jurisdictions = jurisdictions;
		this.organs = new IssuingOrgans(jurisdictions);
		this.template = template;
		Map<String, DepartmentRegistry> byCode = new HashMap<>();
		registries.forEach((file, registry) -> {
			String code = registry.jurisdictionCode()
				.orElseThrow(() -> new IllegalArgumentException(
						file + ":1: a registry must say whose it is, e.g. \"# jurisdiction: 220000\""));
			if (jurisdictions.byCode(code).isEmpty()) {
				throw new IllegalArgumentException(file + ":1: no jurisdiction has the code " + code);
			}
			if (byCode.putIfAbsent(code, registry) != null) {
				throw new IllegalArgumentException(file + ":1: a second registry for " + code);
			}
		});
		this.curated = Map.copyOf(byCode);
		curated.forEach((code, registry) -> registry.entries()
			.forEach(e -> curatedByFullName.put(e.fullName(), scoped(code, e))));
	}

	/**
	 * The built-in reference data: the jurisdictions, the template and Jilin's registry.
	 */
	public static OrganizationDirectory loadDefault() {
		return withDefaults(DepartmentRegistry.loadDefault());
	}

	/** One registry with the built-in jurisdictions and template. */
	public static OrganizationDirectory withDefaults(DepartmentRegistry registry) {
		return new OrganizationDirectory(JurisdictionTable.loadDefault(), OrganizationTemplate.loadDefault(),
				Map.of(DepartmentRegistry.DEFAULT_RESOURCE, registry));
	}

	public JurisdictionTable jurisdictions() {
		return jurisdictions;
	}

	public IssuingOrgans organs() {
		return organs;
	}

	/**
	 * The curated units, each with its jurisdiction: what the seed writes as verified.
	 */
	public List<ScopedOrganization> curated() {
		List<ScopedOrganization> all = new ArrayList<>();
		curated.forEach((code, registry) -> registry.entries().forEach(e -> all.add(scoped(code, e))));
		return all;
	}

	private static ScopedOrganization scoped(String code, DepartmentEntry e) {
		String former = ScopedOrganization.idOf(e.kind() == DepartmentKind.STATE_OWNED_ENTERPRISE, e.name());
		boolean renamed = !former
			.equals(ScopedOrganization.idOf(e.kind() == DepartmentKind.STATE_OWNED_ENTERPRISE, e.fullName()));
		return new ScopedOrganization(code, e.name(), e.fullName(), e.englishName(), e.kind().name(), e.aliases(), true,
				renamed ? List.of(former) : List.of());
	}

	/**
	 * The organisation a mention names in a document of the given jurisdiction, if a
	 * registry or the template knows it.
	 */
	public Optional<ScopedOrganization> find(String mention, Jurisdiction context) {
		Asked asked = new Asked(mention, context);
		Optional<ScopedOrganization> known = answers.get(asked);
		if (known != null) {
			return known;
		}
		Optional<ScopedOrganization> answer = lookUp(mention, context);
		if (answers.size() < ANSWERS_KEPT) {
			answers.putIfAbsent(asked, answer);
		}
		return answer;
	}

	private Optional<ScopedOrganization> lookUp(String mention, Jurisdiction context) {
		String name = WHITESPACE.matcher(mention == null ? "" : mention).replaceAll("");
		if (name.isEmpty()) {
			return Optional.empty();
		}
		ScopedOrganization byFullName = curatedByFullName.get(name);
		if (byFullName != null) {
			return Optional.of(byFullName);
		}
		// A full name starts with its division's: 湖北省发展和改革委员会, 四平市财政局.
		Optional<Jurisdiction> named = organs.ofIssuer(name, context);
		if (named.isPresent()) {
			ScopedOrganization found = names(named.get()).get(name);
			if (found != null) {
				return Optional.of(found);
			}
		}
		if (context != null) {
			for (Jurisdiction j : jurisdictions.lineage(context)) {
				ScopedOrganization found = names(j).get(name);
				if (found != null) {
					return Optional.of(found);
				}
			}
		}
		return Optional.empty();
	}

	/**
	 * As {@link #find}, but a mention nobody knows becomes an unverified organisation of
	 * the context (or of the division its name starts with), named as printed.
	 */
	public ScopedOrganization resolve(String mention, Jurisdiction context) {
		return find(mention, context).orElseGet(() -> unverified(mention, context));
	}

	private ScopedOrganization unverified(String mention, Jurisdiction context) {
		String name = WHITESPACE.matcher(mention).replaceAll("");
		Jurisdiction home = organs.ofIssuer(name, context).orElse(context);
		if (home == null) {
			throw new UnknownDepartmentException(mention);
		}
		String fullName;
		if (name.startsWith(home.name())
				|| home.shortNames().stream().anyMatch(n -> n.length() > 1 && name.startsWith(n))
				|| home.level() == JurisdictionLevel.NATIONAL) {
			fullName = name;
		}
		else {
			// 省大数据局 of 河南省 is 河南省大数据局; a city's 市大数据局 likewise
			fullName = home.name() + LEVEL_PREFIX.matcher(name).replaceFirst("");
		}
		return new ScopedOrganization(home.code(), name, fullName, null, null, List.of(), false, List.of());
	}

	/**
	 * Every name of every body of one jurisdiction: its curated registry's first, then
	 * the template's bodies that the registry does not already have under a name of
	 * theirs (吉林省's registry has 吉林省人民政府办公厅; the template's 省政府办公厅 is the same body).
	 */
	private Map<String, ScopedOrganization> names(Jurisdiction j) {
		return byJurisdiction.computeIfAbsent(j.code(), code -> {
			Map<String, ScopedOrganization> names = new HashMap<>();
			DepartmentRegistry registry = curated.get(code);
			if (registry != null) {
				registry.entries().forEach(e -> register(names, scoped(code, e)));
			}
			for (ScopedOrganization body : template.instantiate(j)) {
				if (keys(body).stream().noneMatch(names::containsKey)) {
					register(names, body);
				}
			}
			return Map.copyOf(names);
		});
	}

	private static void register(Map<String, ScopedOrganization> names, ScopedOrganization body) {
		keys(body).forEach(key -> names.putIfAbsent(key, body));
	}

	private static List<String> keys(ScopedOrganization body) {
		List<String> keys = new ArrayList<>(List.of(body.name(), body.fullName()));
		body.aliases().forEach(a -> keys.add(WHITESPACE.matcher(a).replaceAll("")));
		return keys;
	}

}
