package org.policygraph.ingest.parse;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.policygraph.ingest.record.AppointmentAction;

/**
 * The actions of one personnel decision: "任命杜延华为省司法厅巡视员，免去其省司法厅副厅长职务". A person's name is
 * the shortest run of two to four characters before 为, so "任命王成为…总经理" names 王成 (为 is the
 * verb, not part of 成为). "其" is the person named last. "董事长兼总经理" is two posts.
 */
final class PersonnelActions {

	record Action(String person, AppointmentAction action, String post, String organization) {
	}

	/** "省司法厅副厅长" read as organisation 省司法厅 and posts 副厅长. */
	private record Placement(String organization, String posts) {
	}

	private static final Pattern NAMED = Pattern.compile("(任命|指定)(\\p{IsHan}{2,4}?)为(.+)");

	private static final Pattern REMOVED = Pattern.compile("免去(其|\\p{IsHan}{2,4}?的)(.+)职务");

	/** Organisation names end in one of these; the post follows. */
	private static final Pattern ORGANISATION_END = Pattern.compile("[厅委局办司行会院部团处所站]|中心");

	private final Lookups lookups;

	private final int line;

	PersonnelActions(Lookups lookups, int line) {
		this.lookups = lookups;
		this.line = line;
	}

	List<Action> read(String decided) {
		List<Action> actions = new ArrayList<>();
		String last = null;
		for (String clause : decided.split("[；;，,]")) {
			String c = clause.strip();
			if (c.isEmpty()) {
				continue;
			}
			Matcher named = NAMED.matcher(c);
			Matcher removed = REMOVED.matcher(c);
			if (named.matches()) {
				last = named.group(2);
				AppointmentAction action = named.group(1).equals("任命") ? AppointmentAction.APPOINT
						: AppointmentAction.DESIGNATE;
				actions.addAll(posts(last, action, named.group(3)));
			}
			else if (removed.matches()) {
				String person = removed.group(1).equals("其") ? last : removed.group(1).replaceAll("的$", "");
				if (person == null) {
					throw lookups.text().error(line, "\"" + c + "\" says 其 but names nobody before it");
				}
				actions.addAll(posts(person, AppointmentAction.REMOVE, removed.group(2)));
			}
			else {
				throw lookups.text()
					.error(line, "unknown personnel action \"" + c
							+ "\"; expected 任命…为… (appoint), 免去…职务 (remove) or 指定…为… (designate)");
			}
		}
		if (actions.isEmpty()) {
			throw lookups.text().error(line, "the decision names no personnel action");
		}
		return actions;
	}

	private List<Action> posts(String person, AppointmentAction action, String organisationAndPosts) {
		Placement placement = place(organisationAndPosts);
		List<Action> actions = new ArrayList<>();
		for (String post : placement.posts().split("兼")) {
			actions.add(new Action(person, action, post.strip(), placement.organization()));
		}
		return actions;
	}

	/**
	 * "省司法厅副厅长" is an organisation followed by a post; the organisation is the longest
	 * prefix ending like an organisation name that the registry knows (so 省司法厅副厅 is
	 * tried, and rejected, before 省司法厅).
	 */
	private Placement place(String text) {
		List<Integer> ends = new ArrayList<>();
		Matcher m = ORGANISATION_END.matcher(text);
		while (m.find()) {
			if (m.end() < text.length()) {
				ends.add(m.end());
			}
		}
		for (int i = ends.size() - 1; i >= 0; i--) {
			String resolved = lookups.unitOrNull(text.substring(0, ends.get(i)));
			if (resolved != null) {
				return new Placement(resolved, text.substring(ends.get(i)));
			}
		}
		if (ends.isEmpty()) {
			throw lookups.text().error(line, "no organisation found in \"" + text + "\"");
		}
		// Nobody knows the organisation: strict parsing refuses it here; otherwise the
		// shortest reading (省大数据局 of 省大数据局副局长) is kept as an unverified one.
		String mention = text.substring(0, ends.getFirst());
		return new Placement(lookups.unit(mention, line), text.substring(mention.length()));
	}

}
