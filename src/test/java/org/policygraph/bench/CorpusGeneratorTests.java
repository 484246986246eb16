package org.policygraph.bench;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.department.OrganizationDirectory;
import org.policygraph.funding.FundingGrammar;
import org.policygraph.ingest.parse.GazetteParser;
import org.policygraph.ingest.record.AppointmentRecord;
import org.policygraph.ingest.record.DocumentRecord;
import org.policygraph.ingest.record.EditorialMemberRecord;
import org.policygraph.ingest.record.Gazette;
import org.policygraph.ingest.record.OrganizationRecord;
import org.policygraph.ingest.record.ServiceItemRecord;
import org.policygraph.ingest.record.TaskRecord;

/**
 * Generated issues parse with the real parser into as much as the real issue holds, and
 * own everything an issue owns (issue key, document numbers, officials) while sharing the
 * departments.
 */
class CorpusGeneratorTests {

	/**
	 * Lenient, as the benchmark ingests: a unit of another province that no template has
	 * is its own, unverified.
	 */
	private static final GazetteParser PARSER = new GazetteParser(OrganizationDirectory.loadDefault(), false,
			new FundingGrammar());

	private static CorpusGenerator generator;

	private static Gazette real;

	@BeforeAll
	static void parseTheRealIssue() throws IOException {
		generator = CorpusGenerator.fromSeed(Path.of("."));
		real = PARSER.parse("jilin-gazette-2017-22.txt",
				java.nio.file.Files.readAllBytes(Path.of("graph-seed/jilin-gazette-2017-22.txt")));
	}

	@Test
	void aGeneratedIssueHoldsWhatTheRealOneHolds() {
		Gazette issue = parse(generator.issue(5));
		assertThat(issue.issue().key()).isEqualTo("辽宁省人民政府公报/2018/1");
		assertThat(issue.issue().publishedOn()).hasToString("2018-01-15");
		assertThat(issue.serviceItems()).hasSize(85);
		assertThat(issue.domains()).hasSize(8);
		assertThat(issue.tasks().size()).isEqualTo(real.tasks().size());
		assertThat(issue.tasks().stream().filter(t -> t.key().startsWith("annex2/"))).hasSize(25);
		assertThat(issue.indicators().size()).isEqualTo(real.indicators().size());
		assertThat(issue.phasedTargets().size()).isEqualTo(real.phasedTargets().size());
		assertThat(issue.appointments().size()).isEqualTo(real.appointments().size());
		assertThat(issue.citations().size()).isEqualTo(real.citations().size());
		assertThat(issue.documents().size()).isEqualTo(real.documents().size());
		assertThat(issue.editorialBoard().size()).isEqualTo(real.editorialBoard().size());
		assertThat(issue.documents()).extracting(DocumentRecord::key)
			.contains("辽政办发〔2018〕1号", "辽政办发〔2018〕2号", "辽政办发〔2018〕3号", "辽政干任〔2018〕1号", "辽政干任〔2018〕4号");
		// the same names lead the same items, but in 辽宁省 they are 辽宁省's departments:
		// no department is shared with 吉林省
		assertThat(issue.serviceItems()).extracting(item -> item.leadDepartments().size())
			.isEqualTo(real.serviceItems().stream().map(item -> item.leadDepartments().size()).toList());
		// (the personnel section's companies keep their registered names, which are
		// 吉林省's)
		assertThat(issue.organizations()).filteredOn(org -> !org.company())
			.isNotEmpty()
			.allSatisfy(org -> assertThat(org.jurisdictionCode()).as(org.fullName()).isIn("210000", "100000"));
		assertThat(issue.organizations()).extracting(OrganizationRecord::id)
			.contains("Department:辽宁省财政厅")
			.doesNotContainAnyElementsOf(
					real.organizations().stream().filter(org -> !org.company()).map(OrganizationRecord::id).toList());
	}

	@Test
	void issuesOwnTheirKeysNumbersAndOfficials() {
		List<Gazette> issues = Stream.of(0, 1, 30, 31, 31 * 24, 999).map(i -> parse(generator.issue(i))).toList();
		List<Gazette> all = Stream.concat(Stream.of(real), issues.stream()).toList();
		assertDistinct(all, g -> List.of(g.issue().key()));
		assertDistinct(all, g -> g.documents().stream().filter(d -> !d.citedOnly()).map(DocumentRecord::key).toList());
		assertDistinct(all, g -> g.appointments().stream().map(AppointmentRecord::person).distinct().toList());
		assertDistinct(all, g -> g.serviceItems().stream().map(ServiceItemRecord::documentKey).distinct().toList());
		assertDistinct(all, g -> g.tasks().stream().map(TaskRecord::documentKey).distinct().toList());
		// one province's issues share its editorial board; other provinces have their own
		assertThat(board(issues.get(0))).isEqualTo(board(issues.get(3)))
			.doesNotContainAnyElementsOf(board(issues.get(1)))
			.doesNotContainAnyElementsOf(board(real));
		assertThat(issues.get(4).issue().key()).isEqualTo("北京市人民政府公报/2019/1");
	}

	@Test
	void theNationalCorpusOf10000IssuesIsAbout13YearsOfEveryProvince() {
		CorpusGenerator.Issue last = generator.issue(9_999);
		assertThat(last.province().name()).isEqualTo(CorpusGenerator.PROVINCES.get(9_999 % 31).name());
		assertThat(last.year()).isEqualTo(2031);
		Gazette parsed = parse(last);
		assertThat(parsed.issue().key()).isEqualTo(last.key()).isEqualTo("湖南省人民政府公报/2031/11");
		assertThat(parsed.serviceItems()).hasSize(85);
		assertThat(parsed.appointments()).hasSameSizeAs(real.appointments());
		// the last issue's officials are its own, not the first issue's
		assertDistinct(List.of(parse(generator.issue(0)), parsed),
				g -> g.appointments().stream().map(AppointmentRecord::person).distinct().toList());
		assertThat(parsed.organizations()).extracting(OrganizationRecord::id).contains("Department:湖南省财政厅");
	}

	@Test
	void namesAreDistinctUpToTheCorpusLimit() {
		int names = CorpusGenerator.MAX_ISSUES * 5 + 31 * 11;
		Set<String> seen = new HashSet<>();
		IntStream.range(0, names).forEach(n -> assertThat(seen.add(CorpusGenerator.name(n))).as("name %d", n).isTrue());
		assertThat(CorpusGenerator.MAX_ISSUES).isGreaterThan(10_000);
		assertThatIllegalArgumentException().isThrownBy(() -> generator.issue(CorpusGenerator.MAX_ISSUES));
	}

	private static Gazette parse(CorpusGenerator.Issue issue) {
		return PARSER.parse(issue.fileName(), issue.text().getBytes(StandardCharsets.UTF_8));
	}

	private static List<String> board(Gazette g) {
		return g.editorialBoard().stream().map(EditorialMemberRecord::person).toList();
	}

	private static void assertDistinct(List<Gazette> issues, Function<Gazette, List<String>> owned) {
		Set<String> seen = new HashSet<>();
		for (Gazette g : issues) {
			for (String key : owned.apply(g)) {
				assertThat(seen.add(key)).as("%s of %s is also another issue's", key, g.issue().key()).isTrue();
			}
		}
	}

}
