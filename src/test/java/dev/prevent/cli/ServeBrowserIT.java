package dev.prevent.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.prevent.FilledForms;
import dev.prevent.Fixtures;
import dev.prevent.returns.FormCell;
import dev.prevent.serve.Workspace;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.Select;

/**
 * {@code prevent serve} in a real browser: Selenium driving Debian's headless Chromium through its chromium-driver
 * (nothing downloaded), through a whole round: open the printed address, filter by a lead, record progress on an
 * action (the file as {@code prevent update} would leave it), make the forms, upload a filled one and apply it, download
 * the PDF; the same done with the keyboard alone; and axe-core (npm, as AccessibilityIT installs it) on every page with
 * no WCAG 2.2 A or AA violation. Skipped, saying why, where Chromium, its driver or npm are missing; .ci/run installs
 * them.
 */
@Timeout(value = 300, unit = TimeUnit.SECONDS)
class ServeBrowserIT {

    static final LocalDate TODAY = LocalDate.of(2026, 12, 7);
    static final ObjectMapper JSON = new ObjectMapper();
    static String axe;

    @TempDir
    Path dir;

    Path plan;
    Workspace workspace;
    WebDriver browser;

    @BeforeAll
    static void chromiumItsDriverAndAxe() throws Exception {
        assumeTrue(ChromiumPrintIT.chromium() != null, "Chromium is not installed (apt-get install -y chromium): the browser test did not run");
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/chromedriver")),
                "chromium-driver is not installed (apt-get install -y chromium-driver): the browser test did not run");
        assumeTrue(new ProcessBuilder("sh", "-c", "command -v npm").start().waitFor() == 0,
                "npm is not installed (apt-get install -y npm): the browser test did not run");
        Path tools = Files.createDirectories(Path.of("target/npm").toAbsolutePath());
        Path script = tools.resolve("node_modules/axe-core/axe.min.js");
        if (!Files.exists(script)) {
            Process install = new ProcessBuilder("npm", "install", "--silent", "--no-audit", "--no-fund", "--prefix", tools.toString(),
                    "axe-core@4.14.1").redirectErrorStream(true).start();
            String log = new String(install.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assumeTrue(install.waitFor() == 0, "axe-core could not be installed from npm: " + log);
        }
        axe = Files.readString(script);
    }

    @BeforeEach
    void theShippedPlanServedAndABrowser() {
        plan = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("work").resolve("plans"));
        workspace = Workspace.start(plan, 0, () -> TODAY);
        ChromeOptions options = new ChromeOptions();
        options.setBinary(ChromiumPrintIT.chromium());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--window-size=1280,1024",
                "--user-data-dir=" + dir.resolve("profile"));
        // Papers are downloaded into a folder of the test's, without asking.
        options.setExperimentalOption("prefs", java.util.Map.of("download.default_directory", dir.resolve("downloads").toString(),
                "download.prompt_for_download", false));
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
        browser.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(60));
    }

    @AfterEach
    void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (workspace != null) {
            workspace.stop();
        }
    }

    private String base() {
        return "http://127.0.0.1:" + workspace.port();
    }

    /** The violations of WCAG 2.0, 2.1 and 2.2 A and AA that axe-core finds on the page shown, as "rule: target". */
    private List<String> violations() throws Exception {
        JavascriptExecutor js = (JavascriptExecutor) browser;
        js.executeScript(axe);
        Object result = ((JavascriptExecutor) browser).executeAsyncScript("const done = arguments[arguments.length - 1];"
                + "axe.run(document, {runOnly: {type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa']}})"
                + ".then(r => done(JSON.stringify(r.violations))).catch(e => done(JSON.stringify([{id: 'axe failed', nodes: [{target: [String(e)]}]}])));");
        List<String> found = new ArrayList<>();
        for (JsonNode violation : JSON.readTree(String.valueOf(result))) {
            for (JsonNode node : violation.get("nodes")) {
                found.add(violation.get("id").asText() + ": " + node.get("target"));
            }
        }
        return found;
    }

    /** Waits (at most a minute) for the page to say {@code words}: a form sent is a page loaded, in its own time. */
    private void waitFor(String words) {
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60))
                .until(driver -> driver.getPageSource().contains(words));
    }

    private void noViolations(String page) throws Exception {
        assertThat(violations()).as("WCAG 2.2 A/AA violations on %s", page).isEmpty();
    }

    @Test
    void aWholeRoundInTheBrowserWithNoAccessibilityViolation() throws Exception {
        browser.manage().timeouts().scriptTimeout(Duration.ofSeconds(60));
        // Before the printed address: refused, in words.
        browser.get(base() + "/actions");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Open the address prevent serve printed");
        noViolations("the refusal");

        browser.get(workspace.address());
        assertThat(browser.getCurrentUrl()).isEqualTo(base() + "/");
        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("The plan today");
        assertThat(browser.getPageSource()).contains("Needs attention");
        noViolations("/");

        // Filter by a lead: the address is the filter, to bookmark or send.
        browser.findElement(By.linkText("Actions")).click();
        noViolations("/actions");
        new Select(browser.findElement(By.id("lead"))).selectByVisibleText("City of London Police");
        browser.findElement(By.xpath("//button[text()='Show these actions']")).click();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.getCurrentUrl().contains("lead=COLP"));
        assertThat(browser.findElements(By.cssSelector("table.app-actions tbody tr"))).hasSize(1);
        assertThat(browser.findElement(By.cssSelector("table.app-actions tbody tr")).getText()).startsWith("3.1 City Prevent Coordinator meetings");

        // Record progress: the file as prevent update leaves it.
        browser.findElement(By.partialLinkText("3.1")).click();
        noViolations("/actions/3.1");
        new Select(browser.findElement(By.id("status"))).selectByVisibleText("On target");
        browser.findElement(By.id("note")).sendKeys("Terms of reference agreed");
        browser.findElement(By.xpath("//button[text()='Record progress']")).click();
        waitFor("Progress recorded");
        noViolations("/actions/3.1 after recording");
        Path expected = Fixtures.copy(Fixtures.shippedPlan(), dir.resolve("expected"));
        assertThat(Cli.on(expected, "update", "3.1", "--status", "green", "--note", "Terms of reference agreed", "--date", TODAY.toString())
                .exit()).isZero();
        assertThat(plan.resolve("objective-3-institutions.yaml")).hasSameBinaryContentAs(expected.resolve("objective-3-institutions.yaml"));

        // The round: the forms made, one filled as a partner would, uploaded, checked, applied.
        browser.findElement(By.linkText("Round")).click();
        noViolations("/round");
        browser.findElement(By.xpath("//button[text()='Make a form for each lead agency']")).click();
        waitFor("Download them as one zip");
        String meeting = browser.findElement(By.name("meeting")).getAttribute("value");
        Path form = dir.resolve("work").resolve("returns-" + meeting).resolve("ALL progress return " + meeting + ".xlsx");
        assertThat(form).exists();
        Path filled = Files.copy(form, dir.resolve("ALL filled.xlsx"));
        FilledForms.edit(filled, workbook -> {
            var row = FilledForms.row(workbook.getSheet("Progress"), "1.2");
            FormCell.of(row, "New status").setCellValue("Behind");
            FormCell.of(row, "Progress note").setCellValue("Speakers not yet booked");
        });
        browser.findElement(By.id("files")).sendKeys(filled.toString());
        browser.findElement(By.xpath("//button[text()='Upload and check']")).click();
        waitFor("What they would record");
        assertThat(browser.getPageSource()).contains("1.2: Behind, 'Speakers not yet booked'");
        noViolations("/round with a form read");
        browser.findElement(By.xpath("//button[text()='Record these answers']")).click();
        waitFor("Progress from ALL for the meeting of");
        assertThat(Files.readString(plan.resolve("objective-1-ideologies.yaml"))).contains("note: Speakers not yet booked");

        // Papers: the PDF, downloaded with the browser's own session.
        browser.findElement(By.linkText("Papers")).click();
        noViolations("/papers");
        browser.findElement(By.id("format-pdf")).click();
        browser.findElement(By.xpath("//button[text()='Download the paper']")).click();
        Path pdf = dir.resolve("downloads").resolve("report-" + TODAY + ".pdf");
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(120)).until(d -> Files.exists(pdf));
        byte[] head = new byte[5];
        try (var in = Files.newInputStream(pdf)) {
            assertThat(in.read(head)).isEqualTo(5);
        }
        assertThat(new String(head, StandardCharsets.US_ASCII)).isEqualTo("%PDF-");
        for (String page : List.of("/history", "/problems")) {
            browser.get(base() + page);
            noViolations(page);
        }
    }

    @Test
    void everyPageReadsAt320PixelsWideWithoutScrollingSideways() throws Exception {
        browser.manage().window().setSize(new org.openqa.selenium.Dimension(320, 900));
        browser.get(workspace.address());
        List<String> wide = new ArrayList<>();
        for (String page : List.of("/", "/actions", "/actions/1.1", "/round", "/papers", "/history", "/problems")) {
            browser.get(base() + page);
            // The viewport's own width, as the page lays itself out (CSS pixels; 200% zoom on 640 pixels is the same).
            Object overflow = ((JavascriptExecutor) browser).executeScript(
                    "return document.documentElement.scrollWidth - document.documentElement.clientWidth;");
            if (((Number) overflow).intValue() > 0) {
                wide.add(page + " by " + overflow + " px");
            }
        }
        assertThat(wide).as("pages wider than 320 CSS pixels").isEmpty();
    }

    @Test
    void theRoundsStepsAreDoneWithTheKeyboardAlone() throws Exception {
        browser.get(workspace.address());
        browser.get(base() + "/actions");
        Actions keys = new Actions(browser);
        // The filter: Tab to the lead, arrow down to the police, Tab on to the button, Enter.
        tabTo(keys, "lead");
        for (int i = 0; i < 20 && !new Select(browser.findElement(By.id("lead"))).getFirstSelectedOption().getText()
                .equals("Education establishments"); i++) {
            keys.sendKeys(Keys.ARROW_DOWN).perform();
        }
        for (int i = 0; i < 20 && !"Show these actions".equals(browser.switchTo().activeElement().getText()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Show these actions");
        assertThat(new Select(browser.findElement(By.id("lead"))).getFirstSelectedOption().getText()).isEqualTo("Education establishments");
        keys.sendKeys(Keys.ENTER).perform();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().contains("lead=ED"));
        // On to the action's link, and Enter.
        for (int i = 0; i < 60 && !browser.switchTo().activeElement().getText().startsWith("3.1 "); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement().getText()).startsWith("3.1 ");
        keys.sendKeys(Keys.ENTER).perform();
        new org.openqa.selenium.support.ui.WebDriverWait(browser, Duration.ofSeconds(20)).until(d -> d.getCurrentUrl().endsWith("/actions/3.1"));
        // From the top of the page, Tab until the new status is in focus, as someone without a mouse would.
        tabTo(keys, "status");
        WebElement status = browser.switchTo().activeElement();
        assertThat(status.getAttribute("id")).isEqualTo("status");
        keys.sendKeys(Keys.ARROW_DOWN).perform();
        keys.sendKeys(Keys.TAB).perform();
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo("note");
        keys.sendKeys("Course booked for January").perform();
        // On through the day, month and year to the button, and Enter.
        for (int i = 0; i < 10 && !"BUTTON".equalsIgnoreCase(browser.switchTo().activeElement().getTagName()); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement().getText()).isEqualTo("Record progress");
        keys.sendKeys(Keys.ENTER).perform();

        waitFor("Progress recorded");
        String file = Files.readString(plan.resolve("objective-3-institutions.yaml"));
        assertThat(file).contains("note: Course booked for January", "status: red");
    }

    /** Tabs from where the focus is until the field {@code id} has it (at most sixty times). */
    private void tabTo(Actions keys, String id) {
        for (int i = 0; i < 60 && !id.equals(browser.switchTo().activeElement().getAttribute("id")); i++) {
            keys.sendKeys(Keys.TAB).perform();
        }
        assertThat(browser.switchTo().activeElement().getAttribute("id")).isEqualTo(id);
    }
}
