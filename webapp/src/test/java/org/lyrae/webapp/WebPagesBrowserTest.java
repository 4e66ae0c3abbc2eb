package org.lyrae.webapp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.lyrae.webapp.TestServers.Backend;
import org.lyrae.webapp.cli.AnalyzeCommand;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import uk.ac.starlink.table.StarTable;

/**
 * The browser pages end to end in headless Chromium (Debian's {@code chromium} and
 * {@code chromium-driver}, installed by deploy/bootstrap.sh; no Selenium Manager): upload a shared
 * Gaia DR3 curve, follow the job to its result, see analyze's period and [Fe/H], a plot and a
 * screenshot that is not blank; the job on the jobs page; an ADQL query drawn as a table.
 */
class WebPagesBrowserTest {
    private static final Path CHROMEDRIVER = Paths.get(System.getProperty("lyrae.test.chromedriver", "/usr/bin/chromedriver"));
    private static final Path CHROMIUM = Paths.get(System.getProperty("lyrae.test.chromium", "/usr/bin/chromium"));

    private static WebDriver browser;
    private static String base;

    @BeforeAll
    static void start() throws Exception {
        assertTrue(Files.isExecutable(CHROMEDRIVER) && Files.isExecutable(CHROMIUM),
                "Debian's chromium and chromium-driver are missing: run deploy/bootstrap.sh as root");
        base = TestServers.get(Backend.H2).baseUrl();
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                "--window-size=1280,1600", "--lang=en-GB");
        // the driver named explicitly: Selenium Manager has nothing to find or download
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build();
        browser = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stop() {
        if (browser != null) browser.quit();
    }

    /** Plain HTTP: the pages and their files are served with their types; unknown paths and the services are as before. */
    @Test
    void pagesAreServedAndTheServicesAreUnchanged() throws Exception {
        for (String page : List.of("/", "/upload", "/jobs", "/result", "/query")) {
            HttpResponse<byte[]> r = TapClient.get(base + page);
            assertEquals(200, r.statusCode(), page);
            assertTrue(r.headers().firstValue("Content-Type").orElse("").startsWith("text/html"), page);
            assertTrue(TapClient.text(r).contains("<main>"), page);
        }
        assertTrue(TapClient.get(base + "/web/style.css").headers().firstValue("Content-Type").orElse("").startsWith("text/css"));
        assertTrue(TapClient.get(base + "/web/lyrae.js").headers().firstValue("Content-Type").orElse("").startsWith("text/javascript"));
        assertEquals(404, TapClient.get(base + "/web/nosuch.js").statusCode());
        assertEquals(404, TapClient.get(base + "/nosuch").statusCode());
        HttpResponse<byte[]> unknown = TapClient.get(base + "/tap/nosuch");
        assertEquals(404, unknown.statusCode());
        assertTrue(TapClient.text(unknown).contains("QUERY_STATUS"), "unknown TAP paths still answer DALI errors");
        assertTrue(TapClient.text(TapClient.get(base + "/tap")).contains("Lyrae TAP service"));
        assertTrue(TapClient.text(TapClient.get(base + "/feh")).contains("pyvo"));
    }

    /** The home page links to TAP, the light-curve service, the tables and the examples, and each link answers. */
    @Test
    void homeLinksToTheServices() throws Exception {
        browser.get(base + "/");
        assertTrue(browser.getTitle().contains("Lyrae"), browser.getTitle());
        Set<String> hrefs = new HashSet<>();
        for (WebElement a : browser.findElements(By.cssSelector("main a"))) hrefs.add(a.getAttribute("href"));
        for (String target : List.of("/tap", "/feh", "/tap/tables", "/tap/examples", "/upload", "/query", "/jobs")) {
            assertTrue(hrefs.contains(base + target), target + " not linked from the home page: " + hrefs);
            assertEquals(200, TapClient.get(base + target).statusCode(), target);
        }
        assertTrue(browser.findElement(By.cssSelector("pre .base")).getText().startsWith(base), "the pyvo example names this server");
    }

    /**
     * Upload one shared Gaia DR3 curve on the upload page, land on the job's result page, wait for it
     * to complete: the star's period and [Fe/H] are analyze's (exact behind, 6 significant digits shown),
     * its plot loads, the screenshot is not blank, and the jobs page lists the job as COMPLETED.
     */
    @Test
    void uploadFollowAndSeeAnalyzesNumbers() throws Exception {
        Path curve;
        try (var files = Files.list(TestServers.sharedData().resolve("gaia_dr3_epoch"))) {
            curve = files.filter(p -> p.toString().endsWith(".csv")).sorted().findFirst().orElseThrow();
        }
        String star = curve.getFileName().toString().replace(".csv", "");
        Map<String, Object> want = analyze(curve);
        assertEquals("ok", String.valueOf(want.get("status")), "analyze could not fit " + curve);

        browser.get(base + "/upload");
        browser.findElement(By.id("files")).sendKeys(curve.toRealPath().toString());
        for (WebElement box : browser.findElements(By.cssSelector("input[name=model]"))) assertTrue(box.isSelected(), "every model by default");
        browser.findElement(By.id("submit")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(600), Duration.ofMillis(250));
        wait.until(d -> d.getCurrentUrl().contains("/result?job="));
        String job = browser.getCurrentUrl().replaceFirst(".*job=", "");
        wait.until(d -> d.findElement(By.id("results")).isDisplayed() || !d.findElement(By.id("error")).getText().isEmpty());
        assertEquals("", browser.findElement(By.id("error")).getText());
        assertEquals("COMPLETED", browser.findElement(By.id("phase")).getText());
        assertTrue(browser.findElement(By.id("summary")).getText().startsWith("1 star: 1 analysed, 0 failed"),
                browser.findElement(By.id("summary")).getText());

        List<WebElement> rows = browser.findElements(By.cssSelector("#stars tbody tr"));
        assertEquals(1, rows.size());
        WebElement row = rows.get(0);
        assertEquals(star, cell(row, "source_id").getText());
        for (String column : List.of("period", "feh", "feh_error", "feh_bayes")) {
            double value = ((Number) want.get(column)).doubleValue();
            assertFalse(Double.isNaN(value), column + " of analyze");
            WebElement td = cell(row, column);
            assertEquals(value, Double.parseDouble(td.getAttribute("data-value")), 0.0, column + " behind the page");
            assertEquals(sixDigits(value), td.getText(), column + " shown");
        }

        List<WebElement> plots = browser.findElements(By.cssSelector("#plots img"));
        assertEquals(1, plots.size());
        wait.until(d -> (Boolean) ((org.openqa.selenium.JavascriptExecutor) d).executeScript(
                "const i = arguments[0]; i.scrollIntoView(); return i.complete && i.naturalWidth > 0;", plots.get(0)));
        browser.findElement(By.tagName("h1")).click();   // back to the top for the screenshot
        ((org.openqa.selenium.JavascriptExecutor) browser).executeScript("window.scrollTo(0, 0)");
        byte[] shot = ((TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Path saved = Paths.get("target", "screenshots", "result.png");
        Files.createDirectories(saved.getParent());
        Files.write(saved, shot);
        assertNotBlank(shot, saved);

        browser.get(base + "/jobs");
        wait.until(d -> !d.findElements(By.cssSelector("#jobs tr[data-job='" + job + "']")).isEmpty());
        WebElement listed = browser.findElement(By.cssSelector("#jobs tr[data-job='" + job + "']"));
        assertEquals("COMPLETED", listed.findElement(By.cssSelector(".phase")).getText());
        assertEquals(base + "/result?job=" + job, listed.findElement(By.tagName("a")).getAttribute("href"));
    }

    /** The ADQL page runs a query through /tap/sync in both formats and draws TAP's rows; a bad query shows TAP's message. */
    @Test
    void queryPageDrawsTapsRows() throws Exception {
        String adql = "SELECT TOP 5 name, period, feh FROM lyrae.calibrators ORDER BY name";
        StarTable direct = TapClient.table(base + "/tap", adql);
        assertEquals(5, direct.getRowCount());
        for (String format : List.of("csv", "votable")) {
            browser.get(base + "/query");
            WebElement text = browser.findElement(By.id("adql"));
            text.clear();
            text.sendKeys(adql);
            new Select(browser.findElement(By.id("format"))).selectByValue(format);
            browser.findElement(By.id("run")).click();
            new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("status")).getText().contains("rows"));
            assertTrue(browser.findElement(By.id("status")).getText().startsWith("5 rows"), format);
            List<String> header = browser.findElements(By.cssSelector("#table thead th")).stream()
                    .map(th -> th.getText().replaceFirst(" \\[.*", "")).toList();
            assertEquals(List.of("name", "period", "feh"), header, format);
            List<WebElement> rows = browser.findElements(By.cssSelector("#table tbody tr"));
            assertEquals(5, rows.size(), format);
            for (int i = 0; i < 5; i++) {
                assertEquals(direct.getCell(i, 0), cell(rows.get(i), "name").getText(), format + " row " + i);
                WebElement feh = cell(rows.get(i), "feh");
                String exact = feh.getAttribute("data-value") == null ? feh.getText() : feh.getAttribute("data-value");
                assertEquals(((Number) direct.getCell(i, 2)).doubleValue(), Double.parseDouble(exact), 0.0, format + " row " + i);
            }
        }
        WebElement text = browser.findElement(By.id("adql"));
        text.clear();
        text.sendKeys("SELECT nosuchcolumn FROM lyrae.calibrators");
        browser.findElement(By.id("run")).click();
        new WebDriverWait(browser, Duration.ofSeconds(60)).until(d -> d.findElement(By.id("status")).getText().contains("nosuchcolumn"));
        assertTrue(browser.findElement(By.id("status")).getAttribute("class").contains("error"));
        assertEquals(0, browser.findElements(By.cssSelector("#table tbody tr")).size());
    }

    // --- helpers ---

    private static WebElement cell(WebElement row, String column) {
        return row.findElement(By.cssSelector("td[data-col='" + column + "']"));
    }

    /** What JavaScript's toPrecision(6) writes for numbers between 1e-6 and 1e6. */
    static String sixDigits(double v) {
        BigDecimal r = new BigDecimal(v).round(new MathContext(6, RoundingMode.HALF_UP));
        int exponent = r.precision() - r.scale() - 1;
        return r.setScale(5 - exponent, RoundingMode.UNNECESSARY).toPlainString();
    }

    /** A screenshot with content: many colours, and a fair part of it not background white. */
    private static void assertNotBlank(byte[] png, Path saved) throws Exception {
        BufferedImage image = ImageIO.read(new ByteArrayInputStream(png));
        assertTrue(image != null && image.getWidth() >= 800 && image.getHeight() >= 600, "screenshot size");
        Set<Integer> colours = new HashSet<>();
        long notWhite = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int rgb = image.getRGB(x, y) & 0xffffff;
                colours.add(rgb);
                if (rgb != 0xffffff) notWhite++;
            }
        }
        double share = notWhite / (double) (image.getWidth() * image.getHeight());
        assertTrue(colours.size() >= 64, "a blank screenshot? " + colours.size() + " colours (" + saved + ")");
        assertTrue(share >= 0.03, "a blank screenshot? " + share + " of the pixels are not white (" + saved + ")");
    }

    /** analyze's row for one file, by column name, with the test servers' models. */
    private static Map<String, Object> analyze(Path curve) throws Exception {
        Path out = Files.createTempFile("lyrae-analyze-", ".vot");
        try {
            ByteArrayOutputStream err = new ByteArrayOutputStream();
            int status = AnalyzeCommand.run(new String[] {"--models", TestServers.testModels().toString(), "--data",
                    TestServers.sharedData().toString(), "--out", out.toString(), curve.toString()},
                    new PrintStream(OutputStream.nullOutputStream()), new PrintStream(err, true, StandardCharsets.UTF_8), false);
            assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
            StarTable t = TapClient.read(Files.readAllBytes(out), "votable");
            assertEquals(1, t.getRowCount());
            Map<String, Object> row = new java.util.HashMap<>();
            for (int c = 0; c < t.getColumnCount(); c++) row.put(t.getColumnInfo(c).getName(), t.getCell(0, c));
            return row;
        } finally {
            Files.deleteIfExists(out);
        }
    }
}
