package org.policygraph.bench;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Synthetic gazette issues for scale runs, made from the real issue's text so they
 * exercise the real parser and writer: a national corpus, the 31 provinces taking turns,
 * each publishing 24 issues a year from 2018 on (10,000 issues are about 13 years of
 * them). Issue {@code i} belongs to one of the 31 provinces, has its own year, number,
 * cumulative number and dates, its own document numbers (辽政办发〔2018〕1号 …), province name
 * in titles, appointed officials and editorial board, a title of its own for the opinion
 * its interpretation names, and otherwise the same documents, tables and sentences.
 * Departments keep their printed names (省财政厅), which resolve in each province to that
 * province's own departments (辽宁省财政厅), so the issues of one province share its
 * departments and no other's, as a national corpus would; the three state-owned companies
 * keep their registered names. Pure: the template text in, issue texts out.
 */
public final class CorpusGenerator {

	record Province(String name, String abbreviation, String pinyin) {
	}

	/** One generated issue: where it stands in the corpus and its text. */
	record Issue(int index, Province province, int year, int number, String fileName, String text) {

		String key() {
			return province.name() + "人民政府公报/" + year + "/" + number;
		}
	}

	static final List<Province> PROVINCES = List.of(new Province("北京市", "京", "BEIJINGSHI"),
			new Province("天津市", "津", "TIANJINSHI"), new Province("河北省", "冀", "HEBEISHENG"),
			new Province("山西省", "晋", "SHANXISHENG"), new Province("内蒙古自治区", "蒙", "NEIMENGGU ZIZHIQU"),
			new Province("辽宁省", "辽", "LIAONINGSHENG"), new Province("吉林省", "吉", "JILINSHENG"),
			new Province("黑龙江省", "黑", "HEILONGJIANGSHENG"), new Province("上海市", "沪", "SHANGHAISHI"),
			new Province("江苏省", "苏", "JIANGSUSHENG"), new Province("浙江省", "浙", "ZHEJIANGSHENG"),
			new Province("安徽省", "皖", "ANHUISHENG"), new Province("福建省", "闽", "FUJIANSHENG"),
			new Province("江西省", "赣", "JIANGXISHENG"), new Province("山东省", "鲁", "SHANDONGSHENG"),
			new Province("河南省", "豫", "HENANSHENG"), new Province("湖北省", "鄂", "HUBEISHENG"),
			new Province("湖南省", "湘", "HUNANSHENG"), new Province("广东省", "粤", "GUANGDONGSHENG"),
			new Province("广西壮族自治区", "桂", "GUANGXI ZHUANGZU ZIZHIQU"), new Province("海南省", "琼", "HAINANSHENG"),
			new Province("重庆市", "渝", "CHONGQINGSHI"), new Province("四川省", "川", "SICHUANSHENG"),
			new Province("贵州省", "黔", "GUIZHOUSHENG"), new Province("云南省", "云", "YUNNANSHENG"),
			new Province("西藏自治区", "藏", "XIZANG ZIZHIQU"), new Province("陕西省", "陕", "SHAANXISHENG"),
			new Province("甘肃省", "甘", "GANSUSHENG"), new Province("青海省", "青", "QINGHAISHENG"),
			new Province("宁夏回族自治区", "宁", "NINGXIA HUIZU ZIZHIQU"),
			new Province("新疆维吾尔自治区", "新", "XINJIANG WEIWUER ZIZHIQU"));

	static final int FIRST_YEAR = 2018;

	static final int ISSUES_PER_YEAR = 24;

	/**
	 * The real issue's numbered documents and their serials; each generated issue numbers
	 * its own.
	 */
	private static final List<Integer> NOTICE_SERIALS = List.of(52, 55, 57);

	private static final List<Integer> DECISION_SERIALS = List.of(37, 38, 39, 40);

	private static final Pattern OWN_NUMBER = Pattern
		.compile("(吉政办发|吉政干任)(\\s*[〔\\[])2017([〕\\]])(\\d+)(?:-(\\d+))?(\\s*号)");

	/**
	 * The companies of the personnel section keep their registered names; every other 吉林省
	 * is the province.
	 */
	private static final Pattern PROVINCE = Pattern.compile("吉林省(?!吉盛|国有资本运营|旅游控股)");

	/**
	 * The interpretation has no number, so its title is its key: the opinion it
	 * interprets needs a title of its own in every issue, wherever the issue names it
	 * (the State Council's 国务院办公厅关于大力发展装配式建筑… keeps its title).
	 */
	private static final Pattern PREFAB_OPINION = Pattern.compile("(吉林省人民政府办公厅\\s*关于|印发了《关于)(大力发展装配式建筑)");

	private static final Pattern SIGNATURE_DATE = Pattern.compile("(?m)^2017年\\d{1,2}月\\d{1,2}日$");

	private static final List<String> OFFICIALS = List.of("杜延华", "王喜东", "张志新", "王成", "高飞");

	/**
	 * The editorial board as printed: two-character names carry a spacer to line up with
	 * three-character ones.
	 */
	private static final List<String> BOARD = List.of("于 亮", "邹宗刚", "姜春超", "高长波", "习树茂", "张凤龙", "安晓明", "焦淑满", "孟莉莉",
			"李 卓", "王 茜");

	/** No surname of the real issue's people, so no generated name is one of theirs. */
	private static final String SURNAMES = "赵钱孙周吴郑冯陈褚卫蒋沈韩杨朱秦许何吕施孔曹严华金魏陶谢喻柏窦章苏潘葛范彭鲁韦马苗方俞袁柳鲍史唐费薛雷";

	private static final String GIVEN_FIRST = "建志国文明晓海永立春光德振宏庆学树宝长玉俊中福秀丽红桂兰淑小";

	/**
	 * Forty characters, so that the national corpus of 10,000 issues (five officials
	 * each) has names to spare.
	 */
	private static final String GIVEN_SECOND = "华军平林峰东辉刚勇杰涛斌波宇鹏伟强亮超磊鑫彬龙坤松江山森荣芳洋阳毅博晨凯琳瑞霞燕";

	/**
	 * Names 0..BOARD_NAMES-1 are the provinces' editorial boards; officials' names come
	 * after.
	 */
	private static final int BOARD_NAMES = PROVINCES.size() * BOARD.size();

	static final int MAX_ISSUES = (SURNAMES.length() * GIVEN_FIRST.length() * GIVEN_SECOND.length() - BOARD_NAMES)
			/ OFFICIALS.size();

	private final String template;

	CorpusGenerator(String template) {
		this.template = template;
		for (String anchor : List.of("2017年第22期", "(复总第762期)", "2017年11月30日出版", "第 22 期 (复总第 762 期)", "吉林省人民政府公报",
				"JILINSHENG", "11月1日 省政府决定")) {
			if (!template.contains(anchor)) {
				throw new IllegalArgumentException("the template is not the 2017/22 issue: it lacks " + anchor);
			}
		}
	}

	public static CorpusGenerator fromSeed(Path projectDir) throws IOException {
		return new CorpusGenerator(Files.readString(projectDir.resolve("graph-seed/jilin-gazette-2017-22.txt")));
	}

	/**
	 * Issue {@code index} (0-based): provinces take turns, each publishing 24 issues a
	 * year from 2018 on.
	 */
	Issue issue(int index) {
		if (index < 0 || index >= MAX_ISSUES) {
			throw new IllegalArgumentException("issue index " + index + " outside 0.." + (MAX_ISSUES - 1));
		}
		int p = index % PROVINCES.size();
		Province province = PROVINCES.get(p);
		int sequence = index / PROVINCES.size();
		int year = FIRST_YEAR + sequence / ISSUES_PER_YEAR;
		int number = sequence % ISSUES_PER_YEAR + 1;
		int month = (number + 1) / 2;
		int day = number % 2 == 1 ? 15 : 28;
		int cumulative = 700 + 3 * p + (year - FIRST_YEAR) * ISSUES_PER_YEAR + number;

		String text = template;
		text = replace(text, Pattern.compile("(?m)^2017$"), m -> String.valueOf(year));
		text = text.replace("第 22 期 (复总第 762 期)", "第 " + number + " 期 (复总第 " + cumulative + " 期)")
			.replace("2017年第22期", year + "年第" + number + "期")
			.replace("(复总第762期)", "(复总第" + cumulative + "期)")
			.replace("2017年11月30日出版", year + "年" + month + "月" + day + "日出版")
			.replace("JILINSHENG", province.pinyin())
			.replace("11月1日 省政府决定", month + "月1日 省政府决定");
		int[] signature = { 0 };
		text = replace(text, SIGNATURE_DATE, m -> year + "年" + month + "月" + (2 + 3 * signature[0]++) + "日");
		text = replace(text, OWN_NUMBER, m -> {
			List<Integer> serials = m.group(1).equals("吉政办发") ? NOTICE_SERIALS : DECISION_SERIALS;
			String to = m.group(5) == null ? "" : "-" + serial(serials, Integer.parseInt(m.group(5)), number);
			return m.group(1) + m.group(2) + year + m.group(3) + serial(serials, Integer.parseInt(m.group(4)), number)
					+ to + m.group(6);
		});
		text = replace(text, PREFAB_OPINION, m -> m.group(1) + year + "年第" + number + "批" + m.group(2));
		text = text.replace("吉政", province.abbreviation() + "政").replace("吉残联发", province.abbreviation() + "残联发");
		// the central agencies' branches are each province's own (辽宁银监局), so that no
		// province's document names another's
		String shortName = province.name().replaceAll("(省|市|壮族自治区|回族自治区|维吾尔自治区|自治区)$", "");
		if (!province.name().equals("吉林省")) {
			text = text.replace("长春中心支行", shortName + "中心支行").replace("吉林银监局", shortName + "银监局");
		}
		text = replace(text, PROVINCE, m -> province.name());
		text = renamePeople(text, p, index);
		return new Issue(index, province, year, number, "gazette-%05d-%s-%d-%02d.txt".formatted(index,
				province.pinyin().replace(' ', '_').toLowerCase(), year, number), text);
	}

	/**
	 * Writes issues 0..count-1 into {@code dir} and returns their paths in corpus order.
	 */
	public List<Path> write(Path dir, int count) throws IOException {
		Files.createDirectories(dir);
		List<Path> paths = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Issue issue = issue(i);
			Path path = dir.resolve(issue.fileName());
			Files.writeString(path, issue.text(), StandardCharsets.UTF_8);
			paths.add(path);
		}
		return paths;
	}

	/**
	 * The serial of the document printed as {@code real} in issue {@code number}: unique
	 * per province-year.
	 */
	private static int serial(List<Integer> serials, int real, int number) {
		int position = serials.indexOf(real);
		if (position < 0) {
			throw new IllegalStateException("unexpected document serial " + real + " in the template");
		}
		return (number - 1) * serials.size() + position + 1;
	}

	/**
	 * The officials of the personnel section and the editorial board, by names no other
	 * issue or province uses.
	 */
	private static String renamePeople(String text, int province, int index) {
		int personnel = text.lastIndexOf("人民政府人事任免");
		int boardFrom = text.indexOf("编辑委员会\n");
		int boardTo = text.indexOf("本刊所登文件");
		Map<String, String> board = new LinkedHashMap<>();
		for (int j = 0; j < BOARD.size(); j++) {
			board.put(BOARD.get(j), name(province * BOARD.size() + j));
		}
		String boardText = text.substring(boardFrom, boardTo);
		for (var e : board.entrySet()) {
			boardText = boardText.replace(e.getKey(), e.getValue());
		}
		String personnelText = text.substring(personnel);
		for (int j = 0; j < OFFICIALS.size(); j++) {
			personnelText = personnelText.replace(OFFICIALS.get(j), name(BOARD_NAMES + index * OFFICIALS.size() + j));
		}
		return text.substring(0, boardFrom) + boardText + text.substring(boardTo, personnel) + personnelText;
	}

	/**
	 * The n-th synthetic three-character name; distinct for every n below the product of
	 * the lists' sizes.
	 */
	static String name(int n) {
		int s = SURNAMES.length();
		int f = GIVEN_FIRST.length();
		return "" + SURNAMES.charAt(n % s) + GIVEN_FIRST.charAt(n / s % f)
				+ GIVEN_SECOND.charAt(n / s / f % GIVEN_SECOND.length());
	}

	private static String replace(String text, Pattern pattern, Function<MatchResult, String> with) {
		return pattern.matcher(text).replaceAll(m -> Matcher.quoteReplacement(with.apply(m)));
	}

	/** {@code CorpusGenerator DIR N...}: writes corpora of N issues to DIR/issues-N. */
	public static void main(String[] args) throws IOException {
		if (args.length < 2) {
			System.err.println("usage: CorpusGenerator DIR N...");
			System.exit(2);
		}
		CorpusGenerator generator = fromSeed(Path.of("."));
		for (int i = 1; i < args.length; i++) {
			int n = Integer.parseInt(args[i]);
			List<Path> written = generator.write(Path.of(args[0], "issues-" + n), n);
			System.out.println("wrote " + written.size() + " issues to " + Path.of(args[0], "issues-" + n));
		}
	}

}
