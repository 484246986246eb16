package org.policygraph.explore;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.logging.Level;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.policygraph.support.SeededGraphIT;
import org.springframework.util.FileSystemUtils;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

/**
 * The two pages in a real headless Chromium (Debian's, driven through its chromedriver):
 * what a journalist sees, and proof that the pages ask nothing of any host but this
 * application. Every request the page makes is read from Chrome's performance log, so a
 * CDN script or a web font anywhere would fail the test.
 */
@Tag("slow")
class BrowserIT extends SeededGraphIT {

	static final Path CHROMIUM = Path.of("/usr/bin/chromium");

	static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");

	static final Path SCREENSHOTS = Path.of("target/screenshots");

	static final Set<String> LOOPBACK = Set.of("127.0.0.1", "localhost", "[::1]");

	/**
	 * Schemes the browser serves itself (its new-tab page, inline data): nothing goes
	 * over a network.
	 */
	static final Set<String> BUILT_IN = Set.of("data", "blob", "about", "chrome", "chrome-untrusted", "devtools");

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private ChromeDriver browser;

	private WebDriverWait wait;

	private Path profile;

	@BeforeEach
	void openBrowser() throws IOException {
		// Assumed per test rather than once per class, so that reports count the tests as
		// skipped, with this
		// message, instead of not counting them at all. The application context is shared
		// with the other ITs.
		assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
				"install Debian's chromium and chromium-driver (apt-get install chromium chromium-driver) to run the browser tests");
		profile = Files.createTempDirectory("policy-graph-chromium-");
		ChromeOptions options = new ChromeOptions();
		// An explicit binary and driver keep Selenium Manager from looking for (or
		// downloading) either.
		options.setBinary(CHROMIUM.toFile());
		options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
				"--disable-quic", "--no-first-run", "--disable-background-networking", "--disable-component-update",
				"--disable-sync", "--user-data-dir=" + profile, "--window-size=1400,900", "--lang=zh-CN",
				// Requests elsewhere still show in the log (and fail the test) but can't
				// leave the machine.
				"--host-resolver-rules=MAP * ~NOTFOUND , EXCLUDE localhost , EXCLUDE 127.0.0.1");
		LoggingPreferences logs = new LoggingPreferences();
		logs.enable(LogType.PERFORMANCE, Level.ALL);
		logs.enable(LogType.BROWSER, Level.ALL);
		options.setCapability("goog:loggingPrefs", logs);
		ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
			.usingAnyFreePort()
			.build();
		browser = new ChromeDriver(service, options);
		wait = new WebDriverWait(browser, Duration.ofSeconds(60));
		Files.createDirectories(SCREENSHOTS);
	}

	@AfterEach
	void closeBrowser() throws IOException {
		if (browser != null) {
			browser.quit();
		}
		if (profile != null) {
			FileSystemUtils.deleteRecursively(profile);
		}
	}

	@Test
	void graphiqlRunsACatalogQuestionWithAssetsFromTheJar() throws IOException {
		browser.get(base() + "/graphiql");
		// The docs explorer is built from introspection, which the request guard must let
		// through.
		wait.until(
				ExpectedConditions.elementToBeClickable(By.cssSelector("[aria-label='Show Documentation Explorer']")))
			.click();
		wait.until(d -> d.findElement(By.cssSelector(".graphiql-doc-explorer"))
			.getText()
			.contains("ServiceItemConnection"));

		browser.findElement(By.cssSelector("[aria-label='Show Questions']")).click();
		WebElement question = wait.until(ExpectedConditions
			.elementToBeClickable(By.cssSelector(".catalog button[data-file='01-item-leads.graphql']")));
		assertThat(question.getText()).contains("which bureaus lead free compulsory education");
		question.click();
		wait.until(d -> queryEditorText().contains("query ItemLeads"));
		browser.findElement(By.cssSelector(".graphiql-execute-button")).click();
		WebElement response = browser.findElement(By.cssSelector(".graphiql-response"));
		wait.until(d -> response.getText().contains("免费义务教育"));
		assertThat(response.getText()).contains("省财政厅", "省教育厅").doesNotContain("\"errors\"");

		screenshot("graphiql");
		assertOnlyLocalRequests(
				List.of("/webjars/graphiql/graphiql.min.js", "/webjars/react/", "/catalog.json", "/graphql"));
	}

	@Test
	void mapDrawsTheFinanceDepartmentAndExpandsAnItem() throws IOException {
		browser.get(base() + "/map?id=Department:%E7%9C%81%E8%B4%A2%E6%94%BF%E5%8E%85");
		wait.until(d -> ready() && nodeCount() > 10);
		long drawn = nodeCount();
		assertThat((Boolean) js("return cy.getElementById('Department:吉林省财政厅').nonempty()")).isTrue();
		assertThat(types()).contains("ServiceItem", "Task").doesNotContain("Payer");
		screenshot("map");

		// Zoom onto item 1 so that a real mouse click at the canvas centre lands on it
		// and nothing else.
		String item = (String) js("""
				const item = cy.nodes('[type = "ServiceItem"]').filter(n => n.data('zh').startsWith('1. '))[0];
				cy.zoom(2); cy.center(item); return item.id();""");
		new Actions(browser).moveToElement(browser.findElement(By.id("cy"))).click().perform();
		wait.until(d -> ready() && nodeCount() > drawn);
		assertThat((Boolean) js("return cy.getElementById(arguments[0]).hasClass('expanded')", item)).isTrue();
		assertThat(types()).contains("Payer", "Domain", "Document");
		assertThat(edgeLabels()).contains("支出责任·分担");

		// The side panel quotes the gazette row the item was read from.
		WebElement quote = wait
			.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#panel blockquote")));
		assertThat(quote.getText()).contains("免费义务教育", "省财政厅、省教育厅");
		assertThat(browser.findElement(By.id("panel")).getText()).contains("吉政办发〔2017〕52号");

		browser.findElement(By.id("lang")).click();
		assertThat((String) js("return cy.getElementById('Department:吉林省财政厅').style('label')"))
			.isEqualTo("Department of Finance of Jilin Province");
		js("cy.fit(undefined, 30)");
		screenshot("map-expanded-english");

		assertOnlyLocalRequests(List.of("/webjars/cytoscape/", "/explore/map.js", "/graphql"));
	}

	static boolean isLocal(String url) {
		// data: URLs carry unescaped markup, so the scheme is read before anything is
		// parsed.
		if (BUILT_IN.contains(url.substring(0, Math.max(0, url.indexOf(':'))))) {
			return true;
		}
		try {
			return LOOPBACK.contains(URI.create(url).getHost());
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
	}

	private String base() {
		return "http://127.0.0.1:" + port;
	}

	private boolean ready() {
		return (Boolean) js("return !!window.cy && document.body.dataset.state === 'ready'");
	}

	private long nodeCount() {
		return (Long) js("return cy.nodes().length");
	}

	@SuppressWarnings("unchecked")
	private List<String> types() {
		return (List<String>) js("return [...new Set(cy.nodes().map(n => n.data('type')))]");
	}

	@SuppressWarnings("unchecked")
	private List<String> edgeLabels() {
		return (List<String>) js("return [...new Set(cy.edges().map(e => e.data('zh')))]");
	}

	private String queryEditorText() {
		return (String) js("return document.querySelector('.graphiql-query-editor .CodeMirror').CodeMirror.getValue()");
	}

	private Object js(String script, Object... args) {
		return ((JavascriptExecutor) browser).executeScript(script, args);
	}

	private void screenshot(String name) throws IOException {
		Files.write(SCREENSHOTS.resolve(name + ".png"), browser.getScreenshotAs(OutputType.BYTES));
	}

	/**
	 * Every URL the page requested (documents, scripts, styles, fonts, fetches, web
	 * sockets) is on this machine. The expected paths prove the log was read at all, so
	 * the check can't pass vacuously.
	 */
	private void assertOnlyLocalRequests(List<String> expectedPaths) {
		List<String> urls = new ArrayList<>();
		for (LogEntry entry : browser.manage().logs().get(LogType.PERFORMANCE)) {
			JsonNode message = JSON.readTree(entry.getMessage()).path("message");
			String method = message.path("method").asString("");
			if (method.equals("Network.requestWillBeSent")) {
				urls.add(message.path("params").path("request").path("url").asString());
			}
			else if (method.equals("Network.webSocketCreated")) {
				urls.add(message.path("params").path("url").asString());
			}
		}
		List<String> remote = urls.stream().filter(url -> !isLocal(url)).toList();
		assertThat(remote).as("requests beyond this machine").isEmpty();
		for (String path : expectedPaths) {
			assertThat(urls).as("requests made").anyMatch(url -> url.contains(path));
		}
		List<String> errors = browser.manage()
			.logs()
			.get(LogType.BROWSER)
			.getAll()
			.stream()
			.filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue())
			.map(LogEntry::getMessage)
			.toList();
		assertThat(errors).as("errors in the browser console").isEmpty();
	}

}
