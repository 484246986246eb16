package org.policygraph.succession;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.policygraph.department.DepartmentEntry;
import org.policygraph.department.DepartmentRegistry;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The reviewed reference file of the 2018 reform, read against the department registry,
 * and the refusals that keep a bad file out of the graph.
 */
class SuccessionsTests {

	static final Path FILE = Path.of("graph-seed", Successions.FILE_NAME);

	static final String HEADER = "body\tevent\tto\ton\tsource\tsays\tnote\n";

	private static DepartmentRegistry registry;

	private static Successions successions;

	@BeforeAll
	static void load() throws IOException {
		registry = DepartmentRegistry.loadDefault();
		try (InputStream in = Files.newInputStream(FILE)) {
			successions = Successions.load(in, FILE.toString(), registry);
		}
	}

	// --- the reference data

	@Test
	void everyBodyOfTheRegistryHasARowSayingWhatTheReformDidOrThatNoSourceWasFound() {
		Set<String> registered = registry.entries().stream().map(DepartmentEntry::name).collect(Collectors.toSet());
		assertThat(successions.bodies()).containsExactlyInAnyOrderElementsOf(registered);
	}

	@Test
	void everySuccessionHasASourceWhatItSaysAndADateOrTheReasonItHasNone() {
		assertThat(successions.successions()).isNotEmpty().allSatisfy(s -> {
			assertThat(s.source()).as("line %d", s.line()).isNotBlank();
			assertThat(s.says()).as("line %d", s.line()).isNotBlank();
			if (s.on() == null) {
				assertThat(s.note()).as("line %d has no date and says not why", s.line()).isNotBlank();
			}
		});
	}

	@Test
	void aReportThatGivesTheInaugurationDayGivesTheSuccessionsItsDate() {
		// The inauguration reports say when the new body was set up; the bodies it took
		// over from end that day.
		for (ReformStatement founded : successions.statements()) {
			if (founded.event() != ReformEvent.FOUNDED) {
				continue;
			}
			List<ReformStatement> into = successions.successions()
				.stream()
				.filter(s -> s.to().equals(founded.body()) && s.source().equals(founded.source()))
				.toList();
			assertThat(into).as("successions into %s", founded.body())
				.isNotEmpty()
				.allSatisfy(s -> assertThat(s.on()).isEqualTo(founded.on()));
		}
	}

	@Test
	void theHealthAndFamilyPlanningCommissionIsTodaysHealthCommission() {
		assertThat(successions.current("省卫生计生委")).containsExactly("省卫生健康委员会");
		assertThat(successions.dissolvedOn("省卫生计生委")).contains(LocalDate.of(2018, 10, 18));
		assertThat(successions.foundedOn("省卫生健康委员会")).contains(LocalDate.of(2018, 10, 18));
		ReformStatement merger = successions.successions()
			.stream()
			.filter(s -> s.body().equals("省卫生计生委"))
			.findFirst()
			.orElseThrow();
		assertThat(merger.kind()).contains(SuccessionKind.MERGED_INTO);
		assertThat(merger.source()).contains("《吉林省机构改革方案》");
		assertThat(merger.says()).contains("不再保留省卫生和计划生育委员会");
	}

	@Test
	void aBodyThatStillExistsIsItsOwnCurrentBody() {
		for (String body : successions.bodies()) {
			if (!successions.dissolved(body)) {
				assertThat(successions.current(body)).as(body).containsExactly(body);
			}
		}
		// Handing on some functions does not end a body.
		assertThat(successions.current("省安监局")).containsExactly("省安监局");
	}

	@Test
	void aBodyWhoseFateIsUnsourcedStaysWithoutSuccessor() {
		assertThat(successions.statements()).filteredOn(s -> s.body().equals("省环保厅"))
			.extracting(ReformStatement::event)
			.containsExactly(ReformEvent.UNSOURCED);
		assertThat(successions.current("省环保厅")).containsExactly("省环保厅");
	}

	// --- refusals, each naming the file and the line

	@Test
	void anUnknownBodyIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("省卫生局\tUNSOURCED\t\t\t\t\t\n"))
			.withMessageStartingWith("test.tsv:2: ")
			.withMessageContaining("unknown body \"省卫生局\"");
	}

	@Test
	void anAliasIsRefusedWithTheCanonicalName() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("卫生计生委\tMERGED_INTO\t省卫生健康委员会\t2018-10-18\t《吉林省机构改革方案》\t不再保留\t\n"))
			.withMessage(
					"test.tsv:2: \"卫生计生委\" is an alias; name the body by its canonical name 省卫生计生委 or full name 吉林省卫生和计划生育委员会");
	}

	@Test
	void aFullNameIsAccepted() {
		Successions read = parse("吉林省卫生和计划生育委员会\tMERGED_INTO\t吉林省卫生健康委员会\t2018-10-18\t《吉林省机构改革方案》\t不再保留\t\n");
		assertThat(read.current("省卫生计生委")).containsExactly("省卫生健康委员会");
	}

	@Test
	void aSuccessionWithoutSourceIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("省卫生计生委\tMERGED_INTO\t省卫生健康委员会\t2018-10-18\t\t不再保留\t\n"))
			.withMessage("test.tsv:2: MERGED_INTO for 省卫生计生委 has no source");
	}

	@Test
	void aSuccessionWithoutWhatTheSourceSaysIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("省卫生计生委\tMERGED_INTO\t省卫生健康委员会\t2018-10-18\t《吉林省机构改革方案》\t\t\n"))
			.withMessage("test.tsv:2: MERGED_INTO for 省卫生计生委 does not record what the source says");
	}

	@Test
	void aCycleIsRefusedAtTheRowThatClosesIt() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("""
				省文化厅\tFUNCTIONS_TRANSFERRED\t省旅游发展委\t\ta plan\tsays\tno date
				省旅游发展委\tFUNCTIONS_TRANSFERRED\t省体育局\t\ta plan\tsays\tno date
				省体育局\tFUNCTIONS_TRANSFERRED\t省文化厅\t\ta plan\tsays\tno date
				""")).withMessage("test.tsv:4: closes a cycle: 省文化厅 → 省旅游发展委 → 省体育局 → 省文化厅");
	}

	@Test
	void aBodyCannotSucceedItself() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("省文化厅\tRENAMED\t吉林省文化厅\t\ta plan\tsays\t\n"))
			.withMessage("test.tsv:2: 省文化厅 cannot succeed itself");
	}

	@Test
	void aBodyThatBothContinuesAndEndsIsRefused() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("""
				省文化厅\tCONTINUES\t\t\ta page\tsays\t
				省文化厅\tMERGED_INTO\t省旅游发展委\t2018-10-18\ta plan\tsays\t
				""")).withMessage("test.tsv:3: 省文化厅 cannot both continue (line 2) and end (line 3)");
	}

	@Test
	void aBodyDissolvedWithoutSuccessorHasNobodyHoldingItsFunctionsToday() {
		Successions read = parse("省文明办\tDISSOLVED\t\t2019-01-01\ta plan\t不再保留\t\n");
		assertThat(read.dissolved("省文明办")).isTrue();
		assertThat(read.dissolvedOn("省文明办")).contains(LocalDate.of(2019, 1, 1));
		assertThat(read.current("省文明办")).isEmpty();
	}

	@Test
	void aBodyCannotHandOnFunctionsAfterItEnded() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("""
				省文化厅\tMERGED_INTO\t省旅游发展委\t2018-10-18\ta plan\tsays\t
				省文化厅\tFUNCTIONS_TRANSFERRED\t省体育局\t2019-03-01\ta plan\tsays\t
				""")).withMessage("test.tsv:3: 省文化厅 hands on functions after it ended on 2018-10-18 (line 2)");
	}

	@Test
	void aLifetimeDateNeedsTheDay() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("省科技厅\tFOUNDED\t\t\ta page\tsays\t\n"))
			.withMessage("test.tsv:2: FOUNDED needs the date the source gives");
	}

	@Test
	void aDateThatIsNotADayIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("省科技厅\tCONTINUES\t\t2019-01\ta page\t2019年1月重新组建\t\n"))
			.withMessageStartingWith("test.tsv:2: \"2019-01\" is not a date (yyyy-MM-dd)");
	}

	@Test
	void anUnsourcedRowCarriesNoSource() {
		assertThatIllegalArgumentException().isThrownBy(() -> parse("省科技厅\tUNSOURCED\t\t\ta page\t\t\n"))
			.withMessage("test.tsv:2: UNSOURCED takes no source and no date; state the event instead");
	}

	@Test
	void aCompanyHasNoSuccessions() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> parse("吉林省吉盛资产管理有限公司\tMERGED_INTO\t吉林省国有资本运营有限责任公司\t\ta plan\tsays\tno date\n"))
			.withMessageStartingWith("test.tsv:2: 吉林省吉盛资产管理有限公司 is a company");
	}

	@Test
	void aWrongHeaderOrColumnCountIsRefused() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> Successions.load(stream("# comment\nbody\tevent\n"), "test.tsv", registry))
			.withMessageStartingWith("test.tsv:2: expected the header");
		assertThatIllegalArgumentException().isThrownBy(() -> parse("省科技厅\tUNSOURCED\n"))
			.withMessage(
					"test.tsv:2: expected 7 tab-separated columns (body event to on source says note) but found 2");
	}

	@Test
	void theRealFileIsRefusedWhenARowIsPlantedThatBreaksIt() throws IOException {
		String real = Files.readString(FILE, StandardCharsets.UTF_8);
		String broken = real + "省卫生健康委员会\tMERGED_INTO\t省卫生计生委\t2019-01-01\ta plan\tsays\t\n";
		assertThatIllegalArgumentException().isThrownBy(() -> Successions.load(stream(broken), "x.tsv", registry))
			.withMessageContaining("closes a cycle: 省卫生计生委 → 省卫生健康委员会 → 省卫生计生委");
	}

	private static Successions parse(String rows) {
		return Successions.load(stream(HEADER + rows), "test.tsv", registry);
	}

	private static InputStream stream(String text) {
		return new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8));
	}

}
