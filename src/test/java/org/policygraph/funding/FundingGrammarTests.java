package org.policygraph.funding;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.policygraph.funding.FundingRole.RESPONSIBLE;
import static org.policygraph.funding.FundingRole.SHARED;
import static org.policygraph.funding.FundingRole.SUBSIDY;
import static org.policygraph.funding.Payer.CENTRAL;
import static org.policygraph.funding.Payer.CITY;
import static org.policygraph.funding.Payer.COUNTY;
import static org.policygraph.funding.Payer.EMPLOYER;
import static org.policygraph.funding.Payer.GOVERNMENT;
import static org.policygraph.funding.Payer.INDIVIDUAL;
import static org.policygraph.funding.Payer.INSURED;
import static org.policygraph.funding.Payer.LOCAL;
import static org.policygraph.funding.Payer.PROVINCE;
import static org.policygraph.funding.Payer.SOCIAL_INSURANCE_FUND;
import static org.policygraph.funding.Payer.SOCIETY;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

class FundingGrammarTests {

	private final FundingGrammar grammar = new FundingGrammar();

	/**
	 * Every 支出责任 sentence of Annex 1 of 吉政办发〔2017〕52号, exactly as printed, with the
	 * shares a careful reader takes from it: each payer's role in each clause, with the
	 * clause's scope (the part of the service it pays for) and condition where the text
	 * states them (sorted by payer, then locality, clauses in printed order).
	 */
	static final List<Item> ANNEX_ONE = List.of(
			item(1, "中央、省及市县财政按比例分担。", shares(CENTRAL), shares(PROVINCE), shares(CITY), shares(COUNTY)),
			// The first clause names what is paid for (TOPIC), not payers. 分别: national
			// pilots are paid by the
			// centre, provincial pilots by the province; neither bears the item alone, so
			// both SHARE, as in item 72's
			// 分别负担.
			item(2, "国家试点和省级试点所需资金，分别由中央和省财政负担。", shares(CENTRAL, scope("国家试点和省级试点所需资金")),
					shares(PROVINCE, scope("国家试点和省级试点所需资金"))),
			item(3, "中央、省及市县财政按照比例分担。", shares(CENTRAL), shares(PROVINCE), shares(CITY), shares(COUNTY)),
			item(4, "省及市县财政负责，中央财政适当补助。", subsidises(CENTRAL), bears(PROVINCE), bears(CITY), bears(COUNTY)),
			// The four levels share the 2000 yuan basic subsidy. Above 2000 yuan, public
			// schools are topped up by
			// 同级财政, the finance of whichever level runs the school: GOVERNMENT, level
			// open, SUBSIDY as printed (补贴).
			// At private schools the part above 2000 yuan is charged to the students
			// (向学生收取): INDIVIDUAL bears it. The
			// standard, the topics, the condition and "按实际学费标准补助" name no payer and are
			// read by explicit rules. Each payer's clause keeps the part it pays for; the
			// condition of private schools (…低于2000元的) belongs to the amount rule, which
			// names no payer.
			item(5, "基本补贴标准每人每年2000元。基本补贴标准2000元所需资金，由中央、省市县财政按比例分担；学费标准超过2000元的部分，公办学校由同级财政补贴。民办学校经批准的学费标准低于2000元的，按实际学费标准补助；高于2000元以上部分，学校可以按规定继续向学生收取。",
					shares(CENTRAL, scope("基本补贴标准2000元所需资金")), shares(PROVINCE, scope("基本补贴标准2000元所需资金")),
					shares(CITY, scope("基本补贴标准2000元所需资金")), shares(COUNTY, scope("基本补贴标准2000元所需资金")),
					subsidises(GOVERNMENT, scope("学费标准超过2000元的部分，公办学校")), bears(INDIVIDUAL, scope("高于2000元以上部分"))),
			item(6, "中央、省及市县财政按比例分担。", shares(CENTRAL), shares(PROVINCE), shares(CITY), shares(COUNTY)),
			item(7, "中央、省及市县财政按比例分担。", shares(CENTRAL), shares(PROVINCE), shares(CITY), shares(COUNTY)),
			item(8, "中央、省及市县财政按比例分担。", shares(CENTRAL), shares(PROVINCE), shares(CITY), shares(COUNTY)),
			// The province arranges the money (统筹安排) and bears the cost; the central
			// employment subsidy funds are
			// what it combines (结合) with its own: CENTRAL SUBSIDY. Items 11, 14 and 17
			// are the same sentence.
			item(9, "省政府结合中央财政就业补助资金统筹安排。", subsidises(CENTRAL), bears(PROVINCE)),
			// As item 9 for the services, but the loan interest subsidies and financing
			// services are funded by 中央和省
			// themselves (单独安排): the centre carries a cost of its own there, its
			// strongest
			// role in the pattern; per clause it subsidises the services and bears the
			// loan
			// interest.
			item(10, "省政府结合中央财政就业补助资金和省级创业专项资金统筹安排，创业担保贷款贴息和融资服务相关资金由中央和省按规定单独安排。", subsidises(CENTRAL),
					bears(CENTRAL, scope("创业担保贷款贴息和融资服务相关资金")), bears(PROVINCE),
					bears(PROVINCE, scope("创业担保贷款贴息和融资服务相关资金"))),
			item(11, "省政府结合中央财政就业补助资金统筹安排。", subsidises(CENTRAL), bears(PROVINCE)),
			// 地方政府 is the local governments (LOCAL), without saying which levels; they
			// share the trainees' allowance with the host employers (见习单位). "见习期间" and
			// the payout to trainees name no payer; 所需资金 is the whole item again.
			item(12, "见习期间,按规定向见习人员发放基本生活补助,所需资金由见习单位和地方政府分担。", shares(LOCAL), shares(EMPLOYER)),
			// "市县市政府" is the source's typo for 市县政府 (also items 15, 18, 19, 27-29,
			// 82-85).
			item(13, "市县市政府负责。", bears(CITY), bears(COUNTY)),
			item(14, "省政府结合中央财政就业补助资金统筹安排。", subsidises(CENTRAL), bears(PROVINCE)),
			item(15, "省及市县市政府负责。", bears(PROVINCE), bears(CITY), bears(COUNTY)),
			// The service centres' division of duties names no payer. The province,
			// cities and counties only support
			// (予以支持) the hotline: nobody is said to bear its cost, and the reading does
			// not invent one.
			item(16, "各级人力资源社会保障电话咨询服务中心按照职能进行责任分工,由省市县财政予以支持。", subsidises(PROVINCE), subsidises(CITY),
					subsidises(COUNTY)),
			item(17, "省政府结合中央财政就业补助资金统筹安排。", subsidises(CENTRAL), bears(PROVINCE)),
			item(18, "省及市县市政府负责。", bears(PROVINCE), bears(CITY), bears(COUNTY)),
			item(19, "省及市县市政府负责。", bears(PROVINCE), bears(CITY), bears(COUNTY)),
			// 本人 in "本人缴费工资的8%" is inside the employee's rate, not a second payer. The
			// pension fund pays the
			// pensions.
			item(20, "用人单位缴纳工资总额的20%。职工缴纳本人缴费工资的8%。由基本养老保险基金支付基本养老金。", bears(EMPLOYER, rate("工资总额的20%")),
					bears(INDIVIDUAL, rate("本人缴费工资的8%")), bears(SOCIAL_INSURANCE_FUND)),
			// The residents' contribution tiers name no payer: INSURED, i.e. the insured
			// residents, with the tier as the
			// rate. The mechanism clause names no payer. The province subsidises by tier.
			item(21, "实施弹性多档可选择的缴费确定和增长机制，年人均缴费档次为100—2000元。省政府根据不同缴费档次进行补助。", subsidises(PROVINCE),
					bears(INSURED, rate("年人均缴费档次为100—2000元"))),
			item(22, "用人单位缴纳工资总额的6%左右，职工缴纳本人缴费工资的2%。", bears(EMPLOYER, rate("工资总额的6%左右")),
					bears(INDIVIDUAL, rate("本人缴费工资的2%"))),
			// Individuals contribute; 政府 subsidises at a level the sentence leaves open.
			item(23, "个人缴费和政府补贴相结合，逐步提高个人缴费占比。", subsidises(GOVERNMENT), bears(INDIVIDUAL)),
			// Maternity insurance: the cap is on the employer's payroll, so the employer
			// pays. The regions that set the
			// actual rate (RATE_SET_ELSEWHERE) name no payer; the cap applies only in the
			// regions whose surplus exceeds 9 months: its condition.
			item(24, "累计结余超过9个月的统筹地区，应将费率控制在用人单位工资总额的0.5%以内。具体缴费比例由各统筹地区规定。",
					bears(EMPLOYER, rate("工资总额的0.5%以内"), when("累计结余超过9个月的统筹地区"))),
			// "缴费比例不高于2%" names a contribution rate and no payer. Unemployment insurance
			// is paid by employers and
			// employees under the national regulation, but this sentence says neither who
			// nor how the 2% splits. INSURED
			// (whoever is insured contributes) records what the text says without
			// guessing the split.
			item(25, "缴费比例不高于2%。", bears(INSURED, rate("缴费比例不高于2%"))),
			// The fund and the employer pay benefits; the employer contributes at
			// industry-differentiated and floating
			// rates, which become its rate. The benefits are what the first clause pays
			// for.
			item(26, "劳动能力鉴定和工伤保险待遇等费用依法由工伤保险基金和用人单位支付。用人单位根据行业差别费率和浮动费率档次缴费。",
					bears(EMPLOYER, scope("劳动能力鉴定和工伤保险待遇等费用")), bears(EMPLOYER, rate("行业差别费率和浮动费率档次")),
					bears(SOCIAL_INSURANCE_FUND, scope("劳动能力鉴定和工伤保险待遇等费用"))),
			// The brief's example:
			// CENTRAL:SUBSIDY+PROVINCE:SUBSIDY+CITY:RESPONSIBLE+COUNTY:RESPONSIBLE.
			item(27, "市县市政府负责，中央、省财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(28, "市县市政府负责，中央、省财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(29, "市县市政府负责，中央、省财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			// Items 30-42 were extracted with spaces inside words ("中 央", "适 当 补 助"); the
			// grammar removes whitespace
			// between CJK characters first.
			item(30, "市县政府负责，中 央、省财政适 当 补 助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(31, "市县政府负责，中 央、省财政适 当 补 助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(32, "市县政府负责，中 央、省财政适 当 补 助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(33, "市县政府负责，中 央、省财政适 当 补 助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(34, "市县政府负责，中 央、省财政适 当 补 助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(35, "市县政府负责，中 央、省财政适 当 补 助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			// The earmark (8% of the basic public health budget goes to health
			// supervision) names no payer; it is kept as an earmark (see below).
			item(36, "市县政府负责，中 央、省财政适 当 补 助。基本公共卫 生服务经费 8% 用于 卫生监督协管。", subsidises(CENTRAL), subsidises(PROVINCE),
					bears(CITY), bears(COUNTY)),
			item(37, "市县政府负责，中 央、省财政适 当 补 助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(38, "市县政府负责，中 央、省财政适 当 补 助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(39, "市县政府负责，中 央、省财政适 当 补 助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(40, "市县政府负责，中 央、省财政适 当 补 助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(41, "中央、省及市县财 政按比例分担。", shares(CENTRAL), shares(PROVINCE), shares(CITY), shares(COUNTY)),
			// A pooled relief fund: central transfer payments to the localities and
			// donations (社会募集) top it up; the province, cities and counties put in
			// matching funds (予以配套), a share of the cost, not a top-up: SHARED.
			item(42, "中央财政以转移支 付形式拨付地方， 省市县各级财政予 以配套，并通过社 会募集等渠道 筹资。", subsidises(CENTRAL), shares(PROVINCE),
					shares(CITY), shares(COUNTY), subsidises(SOCIETY)),
			// Only 市 is printed (not 市县): the city level alone bears the cost. So in item
			// 48.
			item(43, "市政府负责,中央、省财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY)),
			// 各级财政 is all four government levels, for rural services. In "城市由社会统筹基金支付" 城市
			// means urban
			// areas, not the city level, and 由 makes it the topic anyway; the social
			// pooling fund pays there.
			item(44, "农村避孕节育技术服务经费由各级财政保障,城市由社会统筹基金支付。", bears(CENTRAL, scope("农村避孕节育技术服务经费")),
					bears(PROVINCE, scope("农村避孕节育技术服务经费")), bears(CITY, scope("农村避孕节育技术服务经费")),
					bears(COUNTY, scope("农村避孕节育技术服务经费")), bears(SOCIAL_INSURANCE_FUND, scope("城市"))),
			item(45, "中央、省及市县财政按比例共同负担。", shares(CENTRAL), shares(PROVINCE), shares(CITY), shares(COUNTY)),
			item(46, "中央、省及市县财政按比例共同负担。", shares(CENTRAL), shares(PROVINCE), shares(CITY), shares(COUNTY)),
			// 分类负责: the province and the cities each take a category of supervision, so
			// they SHARE the item.
			item(47, "省和市政府分类负责。", shares(PROVINCE), shares(CITY)),
			// 对困难地区: the subsidies go to the poorer areas only, their scope. So in 49-51.
			item(48, "市政府负责,中央、省财政对困难地区适当补助。", subsidises(CENTRAL, scope("困难地区")), subsidises(PROVINCE, scope("困难地区")),
					bears(CITY)),
			item(49, "省和市政府负责,中央财政对困难地区适当补助。", subsidises(CENTRAL, scope("困难地区")), bears(PROVINCE), bears(CITY)),
			item(50, "省和市政府负责,中央财政对困难地区适当补助。", subsidises(CENTRAL, scope("困难地区")), bears(PROVINCE), bears(CITY)),
			item(51, "省和市政府负责,中央财政对困难地区适当补助。", subsidises(CENTRAL, scope("困难地区")), bears(PROVINCE), bears(CITY)),
			item(52, "中央、省和市人民政府共同负责。", shares(CENTRAL), shares(PROVINCE), shares(CITY)),
			// 引导地方加大投入力度: guiding the localities to invest more is central support
			// (SUBSIDY); 地方 is no
			// payer of its own here, the province and cities already bear the cost.
			item(53, "省和市人民政府负责，中央财政引导地方加大投入力度。", subsidises(CENTRAL), bears(PROVINCE), bears(CITY)),
			item(54, "省和市人民政府负责。", bears(PROVINCE), bears(CITY)),
			// The central subsidy covers orphans only: its scope (按照一定标准 says how much,
			// not what for).
			item(55, "省和市人民政府负责，中央财政对孤儿基本保障按照一定标准给予补助。", subsidises(CENTRAL, scope("孤儿基本保障")), bears(PROVINCE),
					bears(CITY)),
			item(56, "省和市人民政府负责。", bears(PROVINCE), bears(CITY)), item(57, "省和市人民政府负责。", bears(PROVINCE), bears(CITY)),
			// 分级负担: split by level, SHARED.
			item(58, "中央、省和市人民政府分级负担。", shares(CENTRAL), shares(PROVINCE), shares(CITY)),
			item(59, "中央、省和市人民政府共同负责。", shares(CENTRAL), shares(PROVINCE), shares(CITY)),
			item(60, "中央、省和市人民政府共同负责。", shares(CENTRAL), shares(PROVINCE), shares(CITY)),
			// 引导社会资金投入: society is encouraged to invest, which tops up the budgets:
			// SUBSIDY.
			item(61, "市、县级政府负责，引导社会资金投入，省政府给予资金支持，中央财政给予资金补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY),
					bears(COUNTY), subsidises(SOCIETY)),
			// 政府 at a level left open subsidises; the shanty-town residents bear a
			// reasonable part of the renovation
			// cost (合理承担), so INDIVIDUAL RESPONSIBLE.
			item(62, "政府给予适当补助,棚户区居民依据有关政策规定合理承担改造费用。", subsidises(GOVERNMENT), bears(INDIVIDUAL)),
			// The province bears overall responsibility (负总责). The centre's subsidy funds
			// and the cities' and
			// counties' support are SUBSIDY; the households' own money (个人自筹) is
			// RESPONSIBLE for their part.
			item(63, "省政府负总责,中央财政安排补助资金、市县各级财政给予资金支持、个人自筹相结合。", subsidises(CENTRAL), bears(PROVINCE), subsidises(CITY),
					subsidises(COUNTY), bears(INDIVIDUAL)),
			// "省和市县政府" has no verb: the sentence is the "X负责，Y适当补助" formula with 负责 left
			// out (compare
			// item 85), so the three levels bear the cost.
			item(64, "省和市县政府,中央财政适当补助。", subsidises(CENTRAL), bears(PROVINCE), bears(CITY), bears(COUNTY)),
			item(65, "市县负责,中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(66, "中央、省和市县政府共同负责。", shares(CENTRAL), shares(PROVINCE), shares(CITY), shares(COUNTY)),
			item(67, "中央、省和市县政府共同负责。", shares(CENTRAL), shares(PROVINCE), shares(CITY), shares(COUNTY)),
			item(68, "市县负责,中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(69, "市县负责,中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			// Named localities keep their names (the 服务对象 column prints 长白山 where this
			// column has 长白县).
			item(70, "延边州、前郭县、长白县政府负责,中央、省财政对部分事项予以补助。", subsidises(CENTRAL, scope("部分事项")),
					subsidises(PROVINCE, scope("部分事项")), bears(CITY, in("延边州")), bears(COUNTY, in("前郭县")),
					bears(COUNTY, in("长白县"))),
			item(71, "市县负责,中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			// The centre, the province and the counties; the city level is not named.
			item(72, "中央、省和县财政分别负担。", shares(CENTRAL), shares(PROVINCE), shares(COUNTY)),
			item(73, "市县政府负责，中央、省级财政对部分事项予以补助。", subsidises(CENTRAL, scope("部分事项")),
					subsidises(PROVINCE, scope("部分事项")), bears(CITY), bears(COUNTY)),
			item(74, "市县政府负责，中央、省级财政对部分事项予以补助。", subsidises(CENTRAL, scope("部分事项")),
					subsidises(PROVINCE, scope("部分事项")), bears(CITY), bears(COUNTY)),
			item(75, "市县政府负责，中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(76, "市县政府负责，中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			// "救助资金支出": paid from social assistance funds, which are budget money at a
			// level the sentence leaves
			// open (the 服务标准 column says 地方政府 pays the contributions, but this column
			// does not) - GOVERNMENT; and
			// "医保结算": settled by the medical insurance fund.
			item(77, "救助资金支出及医保结算。", bears(GOVERNMENT), bears(SOCIAL_INSURANCE_FUND)),
			// As item 63 but at 省级: the province bears overall responsibility in one
			// clause
			// and gives financial support in another; the pattern keeps its stronger
			// role.
			item(78, "省级政府负总责，中央财政安排补助资金、省级财政给予资金支持和个人自筹等相结合。", subsidises(CENTRAL), bears(PROVINCE),
					subsidises(PROVINCE), bears(INDIVIDUAL)),
			item(79, "市县政府负责，中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(80, "市县政府负责，中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(81, "市县政府负责，中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(82, "市县市政府负责，中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(83, "市县市政府负责，中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(84, "市县市政府负责，中央、省级财政适当补助。", subsidises(CENTRAL), subsidises(PROVINCE), bears(CITY), bears(COUNTY)),
			item(85, "省和市县市政府负责，中央财政适当补助。", subsidises(CENTRAL), bears(PROVINCE), bears(CITY), bears(COUNTY)));

	// --- the gazette

	@Test
	void tableHoldsEverySentenceOfTheGazetteExactlyAsPrinted() throws IOException {
		List<String> lines = Files.readAllLines(Path.of("graph-seed/jilin-gazette-2017-22.txt"),
				StandardCharsets.UTF_8);
		Map<Integer, String> printed = new LinkedHashMap<>();
		for (String line : lines.subList(598, 714)) {
			String[] cells = line.split("\t");
			if (cells.length == 6 && cells[0].matches("\\d+")) {
				printed.put(Integer.parseInt(cells[0]), cells[4]);
			}
		}
		assertThat(ANNEX_ONE).extracting(Item::no).containsExactlyElementsOf(printed.keySet());
		ANNEX_ONE
			.forEach(item -> assertThat(item.sentence()).as("item %d", item.no()).isEqualTo(printed.get(item.no())));
	}

	@Test
	void everyAnnexOneSentenceReadsAsAPolicyAnalystReadsIt() {
		for (Item item : ANNEX_ONE) {
			assertThat(grammar.classify(item.sentence()).shares()).as("item %d: %s", item.no(), item.sentence())
				.containsExactlyElementsOf(item.shares());
		}
	}

	@Test
	void textIsThePrintedSentenceWithoutTheSpacesExtractionPutInsideWords() {
		Map<Integer, Funding> readings = readings();
		assertThat(readings.get(30).text()).isEqualTo("市县政府负责，中央、省财政适当补助。");
		assertThat(readings.get(41).text()).isEqualTo("中央、省及市县财政按比例分担。");
		assertThat(readings.get(42).text()).isEqualTo("中央财政以转移支付形式拨付地方，省市县各级财政予以配套，并通过社会募集等渠道筹资。");
		// Spaces next to digits are typography, not extraction damage: they stay.
		assertThat(readings.get(36).text()).isEqualTo("市县政府负责，中央、省财政适当补助。基本公共卫生服务经费 8% 用于卫生监督协管。");
		ANNEX_ONE.stream()
			.filter(item -> item.no() < 30 || item.no() > 42)
			.forEach(item -> assertThat(readings.get(item.no()).text()).isEqualTo(item.sentence()));
	}

	@Test
	void patternJoinsPayerAndRoleInPayerOrder() {
		assertThat(readings().get(27).pattern())
			.isEqualTo("CENTRAL:SUBSIDY+PROVINCE:SUBSIDY+CITY:RESPONSIBLE+COUNTY:RESPONSIBLE");
	}

	@Test
	void namedLocalitiesKeepTheirNamesAndSortAfterThePayer() {
		Funding minorityCulture = readings().get(70);
		assertThat(minorityCulture.shares()).extracting(FundingShare::locality)
			.containsExactly(null, null, "延边州", "前郭县", "长白县");
		// The pattern drops duplicates: the two named counties are one
		// COUNTY:RESPONSIBLE.
		assertThat(minorityCulture.pattern())
			.isEqualTo("CENTRAL:SUBSIDY+PROVINCE:SUBSIDY+CITY:RESPONSIBLE+COUNTY:RESPONSIBLE");
	}

	/*
	 * The 85 items fall into 30 patterns: 29
	 * CENTRAL:SUBSIDY+PROVINCE:SUBSIDY+CITY:RESPONSIBLE+COUNTY:RESPONSIBLE 10
	 * CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED 5
	 * CENTRAL:SUBSIDY+PROVINCE:RESPONSIBLE+CITY:RESPONSIBLE 4
	 * CENTRAL:SUBSIDY+PROVINCE:RESPONSIBLE 4 CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED 3
	 * PROVINCE:RESPONSIBLE+CITY:RESPONSIBLE+COUNTY:RESPONSIBLE 3
	 * PROVINCE:RESPONSIBLE+CITY:RESPONSIBLE 3
	 * CENTRAL:SUBSIDY+PROVINCE:RESPONSIBLE+CITY:RESPONSIBLE+COUNTY:RESPONSIBLE 2
	 * GOVERNMENT:SUBSIDY+INDIVIDUAL:RESPONSIBLE 2
	 * CENTRAL:SUBSIDY+PROVINCE:SUBSIDY+CITY:RESPONSIBLE 1 each for the 20 listed at the
	 * end of the test.
	 */
	@Test
	void annexOneFallsIntoThirtyPatterns() {
		Map<String, Long> counts = ANNEX_ONE.stream()
			.map(item -> grammar.classify(item.sentence()).pattern())
			.collect(Collectors.groupingBy(Function.identity(), TreeMap::new, Collectors.counting()));
		assertThat(counts).hasSize(30);
		assertThat(counts).containsEntry("CENTRAL:SUBSIDY+PROVINCE:SUBSIDY+CITY:RESPONSIBLE+COUNTY:RESPONSIBLE", 29L)
			.containsEntry("CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED", 10L)
			.containsEntry("CENTRAL:SUBSIDY+PROVINCE:RESPONSIBLE+CITY:RESPONSIBLE", 5L)
			.containsEntry("CENTRAL:SUBSIDY+PROVINCE:RESPONSIBLE", 4L)
			.containsEntry("CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED", 4L)
			.containsEntry("PROVINCE:RESPONSIBLE+CITY:RESPONSIBLE+COUNTY:RESPONSIBLE", 3L)
			.containsEntry("PROVINCE:RESPONSIBLE+CITY:RESPONSIBLE", 3L)
			.containsEntry("CENTRAL:SUBSIDY+PROVINCE:RESPONSIBLE+CITY:RESPONSIBLE+COUNTY:RESPONSIBLE", 3L)
			.containsEntry("GOVERNMENT:SUBSIDY+INDIVIDUAL:RESPONSIBLE", 2L)
			.containsEntry("CENTRAL:SUBSIDY+PROVINCE:SUBSIDY+CITY:RESPONSIBLE", 2L);
		assertThat(counts.entrySet().stream().filter(entry -> entry.getValue() == 1L).map(Map.Entry::getKey))
			.containsExactlyInAnyOrder("CENTRAL:SHARED+PROVINCE:SHARED", "CENTRAL:SHARED+PROVINCE:SHARED+COUNTY:SHARED",
					"CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED+GOVERNMENT:SUBSIDY+INDIVIDUAL:RESPONSIBLE",
					"CENTRAL:RESPONSIBLE+PROVINCE:RESPONSIBLE",
					"CENTRAL:RESPONSIBLE+PROVINCE:RESPONSIBLE+CITY:RESPONSIBLE+COUNTY:RESPONSIBLE+SOCIAL_INSURANCE_FUND:RESPONSIBLE",
					"CENTRAL:SUBSIDY+PROVINCE:RESPONSIBLE+INDIVIDUAL:RESPONSIBLE",
					"CENTRAL:SUBSIDY+PROVINCE:RESPONSIBLE+CITY:SUBSIDY+COUNTY:SUBSIDY+INDIVIDUAL:RESPONSIBLE",
					"CENTRAL:SUBSIDY+PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED+SOCIETY:SUBSIDY",
					"CENTRAL:SUBSIDY+PROVINCE:SUBSIDY+CITY:RESPONSIBLE+COUNTY:RESPONSIBLE+SOCIETY:SUBSIDY",
					"CITY:RESPONSIBLE+COUNTY:RESPONSIBLE", "LOCAL:SHARED+EMPLOYER:SHARED",
					"PROVINCE:SHARED+CITY:SHARED", "PROVINCE:SUBSIDY+CITY:SUBSIDY+COUNTY:SUBSIDY",
					"PROVINCE:SUBSIDY+INSURED:RESPONSIBLE", "EMPLOYER:RESPONSIBLE",
					"EMPLOYER:RESPONSIBLE+INDIVIDUAL:RESPONSIBLE",
					"EMPLOYER:RESPONSIBLE+INDIVIDUAL:RESPONSIBLE+SOCIAL_INSURANCE_FUND:RESPONSIBLE",
					"EMPLOYER:RESPONSIBLE+SOCIAL_INSURANCE_FUND:RESPONSIBLE",
					"GOVERNMENT:RESPONSIBLE+SOCIAL_INSURANCE_FUND:RESPONSIBLE", "INSURED:RESPONSIBLE");
	}

	@Test
	void theEarmarkOfItem36IsKept() {
		Funding item36 = readings().get(36);
		assertThat(item36.earmarks()).containsExactly(new FundingEarmark("基本公共卫生服务经费", "8%", "卫生监督协管"));
		assertThat(readings().entrySet().stream().filter(entry -> !entry.getValue().earmarks().isEmpty()))
			.extracting(Map.Entry::getKey)
			.containsExactly(36);
	}

	@Test
	void theScopeAndConditionColumnsHoldOnlyWhatTheTextStates() {
		// every scope and condition is printed in its item's sentence
		ANNEX_ONE.forEach(item -> grammar.classify(item.sentence()).shares().forEach(share -> {
			String printed = item.sentence().replaceAll("\\s+", "");
			if (share.scope() != null) {
				assertThat(printed).as("item %d", item.no()).contains(share.scope());
			}
			if (share.condition() != null) {
				assertThat(printed).as("item %d", item.no()).contains(share.condition());
			}
		}));
	}

	@Test
	void aPatternKeepsEachPayersStrongestRoleAcrossClauses() {
		// item 10: CENTRAL subsidises in one clause and bears the loan interest in
		// another
		assertThat(readings().get(10).pattern()).isEqualTo("CENTRAL:RESPONSIBLE+PROVINCE:RESPONSIBLE");
		assertThat(readings().get(78).pattern())
			.isEqualTo("CENTRAL:SUBSIDY+PROVINCE:RESPONSIBLE+INDIVIDUAL:RESPONSIBLE");
	}

	@Test
	void localGovernmentsAreOnePayerOfTheirOwn() {
		assertThat(grammar.classify("地方各级政府负责。").shares()).containsExactly(bears(LOCAL));
		assertThat(PayerNames.chinese(LOCAL)).isEqualTo("地方政府");
	}

	// --- clauses that name no payer are read by rules of their own

	@Test
	void clausesWithoutPayersAreReadByExplicitRules() {
		Map<String, String> clauses = new LinkedHashMap<>();
		clauses.put("基本补贴标准每人每年2000元", "STANDARD_AMOUNT");
		clauses.put("基本补贴标准2000元所需资金", "TOPIC");
		clauses.put("国家试点和省级试点所需资金", "TOPIC");
		clauses.put("学费标准超过2000元的部分", "TOPIC");
		clauses.put("高于2000元以上部分", "TOPIC");
		clauses.put("民办学校经批准的学费标准低于2000元的", "CONDITION");
		clauses.put("见习期间", "PERIOD");
		clauses.put("累计结余超过9个月的统筹地区", "SCOPE");
		clauses.put("按规定向见习人员发放基本生活补助", "BENEFIT_PAYOUT");
		clauses.put("按实际学费标准补助", "AMOUNT_RULE");
		clauses.put("实施弹性多档可选择的缴费确定和增长机制", "MECHANISM");
		clauses.put("具体缴费比例由各统筹地区规定", "RATE_SET_ELSEWHERE");
		clauses.put("各级人力资源社会保障电话咨询服务中心按照职能进行责任分工", "DIVISION_OF_DUTIES");
		clauses.put("基本公共卫 生服务经费 8% 用于 卫生监督协管", "EARMARK");
		clauses.put("应将费率控制在用人单位工资总额的0.5%以内", "CONTRIBUTION_CAP");
		clauses.put("缴费比例不高于2%", "CONTRIBUTION_RATE");
		clauses.put("年人均缴费档次为100—2000元", "CONTRIBUTION_RATE");
		clauses.put("市县政府负责", "PAYER_PHRASE");
		clauses.forEach((clause, rule) -> assertThat(grammar.ruleFor(clause)).as(clause).isEqualTo(rule));
	}

	@Test
	void nonPayerRulesDoNotSwallowClausesThatNamePayers() {
		// Shaped like a topic or a condition, but a payer and its verb are there: the
		// payer rules read them.
		assertThat(grammar.ruleFor("中央财政负担部分")).isEqualTo("PAYER_PHRASE");
		assertThat(grammar.ruleFor("省财政补助的")).isEqualTo("PAYER_PHRASE");
	}

	@Test
	void aSentenceOfNonPayerClausesAloneIsUnclassified() {
		assertThatThrownBy(() -> grammar.classify("基本补贴标准每人每年2000元。具体缴费比例由各统筹地区规定。"))
			.isInstanceOf(UnclassifiedFundingException.class)
			.hasMessageContaining("no clause names a payer");
	}

	// --- new phrasings, not in the gazette

	@Test
	void countyFinanceResponsibleWithProvincialSubsidy() {
		Funding funding = grammar.classify("县级财政负责，省财政给予补助。");
		assertThat(funding.shares()).containsExactly(subsidises(PROVINCE), bears(COUNTY));
		assertThat(funding.pattern()).isEqualTo("PROVINCE:SUBSIDY+COUNTY:RESPONSIBLE");
	}

	@Test
	void centralAndProvincialFinanceShareBySixToFour() {
		assertThat(grammar.classify("中央和省财政按6:4比例分担。").shares()).containsExactly(shares(CENTRAL, rate("按6:4比例")),
				shares(PROVINCE, rate("按6:4比例")));
	}

	@Test
	void proportionTurnsBearingIntoSharing() {
		assertThat(grammar.classify("省和市县财政按比例负担。").pattern()).isEqualTo("PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED");
	}

	@Test
	void namedCityBearsWithCentralTransferPayment() {
		assertThat(grammar.classify("长春市政府负责，中央财政以转移支付形式予以补助。").shares()).containsExactly(subsidises(CENTRAL),
				bears(CITY, in("长春市")));
	}

	@Test
	void serialVerbsShareTheirPayer() {
		assertThat(grammar.classify("中央财政转移支付予以补助。").shares()).containsExactly(subsidises(CENTRAL));
	}

	@Test
	void recipientsAfterDuiAreNotPayers() {
		// the recipients are what the subsidy is for: its scope
		assertThat(grammar.classify("省财政对市县给予资金补助。").shares()).containsExactly(subsidises(PROVINCE, scope("市县")));
	}

	@Test
	void employeesContributionRateWithoutAVerb() {
		assertThat(grammar.classify("职工缴费比例为8%。").shares()).containsExactly(bears(INDIVIDUAL, rate("缴费比例为8%")));
	}

	@Test
	void allLevelsOfFinanceAndEmployerShare() {
		assertThat(grammar.classify("所需经费由各级财政和用人单位共同负担。").pattern())
			.isEqualTo("CENTRAL:SHARED+PROVINCE:SHARED+CITY:SHARED+COUNTY:SHARED+EMPLOYER:SHARED");
	}

	@Test
	void payerNamedTwiceKeepsItsStrongestRoleInThePattern() {
		// RESPONSIBLE > SHARED > SUBSIDY: what the pattern answers is whether the payer
		// carries a cost of its own; the shares keep its role in each clause.
		Funding three = grammar.classify("省财政适当补助，省和市县财政按比例分担，省政府负总责。");
		assertThat(three.pattern()).isEqualTo("PROVINCE:RESPONSIBLE+CITY:SHARED+COUNTY:SHARED");
		assertThat(three.shares()).containsExactly(subsidises(PROVINCE), shares(PROVINCE), bears(PROVINCE),
				shares(CITY), shares(COUNTY));
		Funding two = grammar.classify("中央财政适当补助，中央和省按比例分担。");
		assertThat(two.pattern()).isEqualTo("CENTRAL:SHARED+PROVINCE:SHARED");
		assertThat(two.shares()).containsExactly(subsidises(CENTRAL), shares(CENTRAL), shares(PROVINCE));
	}

	// --- what no rule reads is an error, never a silent drop

	@Test
	void enterprisesPayingThemselvesIsUnclassified() {
		assertThatThrownBy(() -> grammar.classify("由企业自行解决。")).isInstanceOf(UnclassifiedFundingException.class)
			.hasMessageContaining("由企业自行解决")
			.hasMessageContaining("\"企业\" is not a payer")
			.extracting(ex -> ((UnclassifiedFundingException) ex).phrase())
			.isEqualTo("由企业自行解决");
	}

	@Test
	void unknownPayerAmongKnownOnesIsUnclassified() {
		assertThatThrownBy(() -> grammar.classify("市县财政负责，省财政和企业共同负担。"))
			.isInstanceOf(UnclassifiedFundingException.class)
			.extracting(ex -> ((UnclassifiedFundingException) ex).phrase())
			.isEqualTo("省财政和企业共同负担");
	}

	@Test
	void randomTextIsUnclassified() {
		assertThatThrownBy(() -> grammar.classify("今天天气很好。")).isInstanceOf(UnclassifiedFundingException.class)
			.hasMessageContaining("今天天气很好");
	}

	@Test
	void moneyVerbWithoutPayerIsUnclassified() {
		assertThatThrownBy(() -> grammar.classify("省财政负责，适当补助。")).isInstanceOf(UnclassifiedFundingException.class)
			.extracting(ex -> ((UnclassifiedFundingException) ex).phrase())
			.isEqualTo("适当补助");
	}

	@Test
	void payersWithoutAVerbAreReadOnlyInTheSubsidyFormula() {
		assertThatThrownBy(() -> grammar.classify("省和市县政府，中央财政负责。")).isInstanceOf(UnclassifiedFundingException.class)
			.hasMessageContaining("no verb says how");
	}

	@Test
	void clauseThatNamesNothingKnownSpoilsTheWholeSentence() {
		assertThatThrownBy(() -> grammar.classify("市县政府负责，资金缺口另行研究。")).isInstanceOf(UnclassifiedFundingException.class)
			.extracting(ex -> ((UnclassifiedFundingException) ex).phrase())
			.isEqualTo("资金缺口另行研究");
	}

	@Test
	void emptySentenceIsUnclassified() {
		assertThatThrownBy(() -> grammar.classify("  ")).isInstanceOf(UnclassifiedFundingException.class);
	}

	// --- helpers

	record Item(int no, String sentence, List<FundingShare> shares) {
	}

	private Map<Integer, Funding> readings() {
		return ANNEX_ONE.stream().collect(Collectors.toMap(Item::no, item -> grammar.classify(item.sentence())));
	}

	private static Item item(int no, String sentence, FundingShare... shares) {
		return new Item(no, sentence, List.of(shares));
	}

	private record Detail(String locality, String rate, String scope, String condition) {
	}

	private static Detail in(String locality) {
		return new Detail(locality, null, null, null);
	}

	private static Detail rate(String rate) {
		return new Detail(null, rate, null, null);
	}

	/** The scope column: the part of the service the clause pays for. */
	private static Detail scope(String scope) {
		return new Detail(null, null, scope, null);
	}

	/** The condition column: the clause applies only under it. */
	private static Detail when(String condition) {
		return new Detail(null, null, null, condition);
	}

	private static FundingShare bears(Payer payer, Detail... detail) {
		return share(payer, RESPONSIBLE, detail);
	}

	private static FundingShare shares(Payer payer, Detail... detail) {
		return share(payer, SHARED, detail);
	}

	private static FundingShare subsidises(Payer payer, Detail... detail) {
		return share(payer, SUBSIDY, detail);
	}

	private static FundingShare share(Payer payer, FundingRole role, Detail... details) {
		String locality = null;
		String rate = null;
		String scope = null;
		String condition = null;
		for (Detail detail : details) {
			locality = detail.locality() != null ? detail.locality() : locality;
			rate = detail.rate() != null ? detail.rate() : rate;
			scope = detail.scope() != null ? detail.scope() : scope;
			condition = detail.condition() != null ? detail.condition() : condition;
		}
		return new FundingShare(payer, role, locality, rate, scope, condition);
	}

}
