package org.privacyscreen.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.privacyscreen.InMemoryClientDirectory;
import org.privacyscreen.Organisation;
import org.privacyscreen.Person;
import org.privacyscreen.Screener;
import org.privacyscreen.image.SampleImages;

/**
 * The review page in a real browser: Debian's headless Chromium driven by Selenium, against the service with every
 * detector of the default jars. Runs where {@code /usr/bin/chromedriver} exists (the {@code browser-tests} profile;
 * {@code .ci/run} installs {@code chromium} and {@code chromium-driver}).
 */
class ReviewPageBrowserTest {
    private static PrivacyScreenServer server;
    private static WebDriver browser;
    private static String base;

    @TempDir
    Path dir;

    @BeforeAll
    static void startServiceAndBrowser() throws InterruptedException {
        InMemoryClientDirectory directory = new InMemoryClientDirectory(Organisation.builder("Larch Lane Physio")
                .phones("0117 496 0000").build(), List.of(Person.client("cl-1", "Maeve Adebayo"),
                Person.client("cl-2", "Tomasz Wren"), Person.staff("st-1", "Dr Ines Galloway")));
        server = PrivacyScreenServer.builder().directory(directory)
                .screener(() -> Screener.builder().clientDirectory(directory).build())
                .settings(ServerSettings.builder().port(0).build()).build().start();
        for (int i = 0; i < 1200 && !server.ready(); i++) {
            Thread.sleep(50);
        }
        assertThat(server.ready()).as("the screener was built").isTrue();
        base = "http://127.0.0.1:" + server.port() + "/";
        ChromeOptions options = new ChromeOptions().setBinary(binary("CHROMIUM", "/usr/bin/chromium"))
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu",
                        "--window-size=1280,1600");
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(new File(binary("CHROMEDRIVER", "/usr/bin/chromedriver"))).build();
        browser = new ChromeDriver(service, options);
    }

    private static String binary(String env, String fallback) {
        String path = System.getenv(env) != null ? System.getenv(env) : fallback;
        assertThat(new File(path).canExecute()).as(path + " (apt-get install chromium chromium-driver)").isTrue();
        return path;
    }

    @AfterAll
    static void stop() {
        if (browser != null) {
            browser.quit();
        }
        if (server != null) {
            server.stop();
        }
    }

    @BeforeEach
    void openPage() {
        browser.get(base);
        waitFor().until(d -> d.findElements(By.cssSelector("#people input")).size() == 3);
    }

    private static WebDriverWait waitFor() {
        return new WebDriverWait(browser, Duration.ofSeconds(60));
    }

    private static WebElement verdictWhenShown() {
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("result")));
        return browser.findElement(By.id("verdict"));
    }

    @Test
    void aHarmfulPostIsBlockedInPlainWordsWithTheNameAndNumberHighlighted() throws Exception {
        browser.findElement(By.id("post-text")).sendKeys(
                "Lovely to see Maeve Adebayo back on her feet! Book with her coach on 07911 123456.");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("channel"))).selectByValue("instagram");
        browser.findElement(By.id("check")).click();
        WebElement verdict = verdictWhenShown();
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("BLOCK");
        assertThat(browser.findElement(By.id("verdict-title")).getText()).isEqualTo("Do not publish as it is");
        List<String> marked = browser.findElements(By.cssSelector("#highlighted mark")).stream()
                .map(WebElement::getText).toList();
        assertThat(marked).anySatisfy(m -> assertThat(m).contains("Maeve Adebayo"));
        assertThat(marked).anySatisfy(m -> assertThat(m).contains("07911 123456"));
        assertThat(browser.findElements(By.cssSelector("#highlighted mark.sev-HIGH"))).isNotEmpty();
        String findings = browser.findElement(By.id("findings")).getText();
        assertThat(findings).contains("A client's name").contains("A phone number").contains("What to do:")
                .contains("Why:").contains("About Maeve Adebayo");
        // written for a practice manager: no offsets, confidences, detector or consent ids
        assertThat(findings).doesNotContain("confidence").doesNotContain("cl-1").doesNotContain("client-directory")
                .doesNotContainPattern("\\b\\d+-\\d+\\b");
        assertThat(browser.findElement(By.id("remediated-text")).getAttribute("value"))
                .doesNotContain("Maeve").doesNotContain("07911").contains("[");
        screenshot("review-page-text.png");
    }

    /** Keeps what the browser showed in target/, for a person to look at. */
    private static void screenshot(String name) throws java.io.IOException {
        Path target = Path.of("target");
        if (Files.isDirectory(target)) {
            Files.write(target.resolve(name), ((org.openqa.selenium.TakesScreenshot) browser)
                    .getScreenshotAs(org.openqa.selenium.OutputType.BYTES));
        }
    }

    @Test
    void aChosenPhotoComesBackWithABoxOverTheFaceAndABlurredCopyToDownload() throws Exception {
        Path photo = dir.resolve("waiting-room.jpg");
        Files.write(photo, SampleImages.scene(800, 600).face(420, 140, 200).jpeg());
        browser.findElement(By.id("photos")).sendKeys(photo.toString());
        assertThat(browser.findElement(By.id("chosen-photos")).getText()).contains("waiting-room.jpg");
        browser.findElement(By.id("check")).click();
        verdictWhenShown();
        WebElement box = waitFor().until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#photo-boxes .box")));
        assertThat(box.getSize().getWidth()).isPositive();
        assertThat(box.getSize().getHeight()).isPositive();
        WebElement img = browser.findElement(By.cssSelector("#photo-boxes img"));
        // the box sits over the face's part of the photo: the right half, upper half
        double left = (box.getLocation().getX() - img.getLocation().getX()) / (double) img.getSize().getWidth();
        assertThat(left).isBetween(0.35, 0.75);
        assertThat(browser.findElement(By.id("findings")).getText()).contains("A face in a photo");
        WebElement download = browser.findElement(By.cssSelector("#downloads a"));
        assertThat(download.getAttribute("download")).isEqualTo("corrected-waiting-room.jpg");
        assertThat(download.getAttribute("href")).startsWith("data:image/jpeg;base64,");
        ((JavascriptExecutor) browser).executeScript("document.getElementById('photo-result').scrollIntoView()");
        screenshot("review-page-photo.png");
    }

    @Test
    void aDroppedPhotoIsTakenLikeAChosenOne() throws Exception {
        String data = Base64.getEncoder().encodeToString(SampleImages.scene(400, 300).face(100, 60, 120).jpeg());
        ((JavascriptExecutor) browser).executeScript(
                "const bytes = Uint8Array.from(atob(arguments[0]), c => c.charCodeAt(0));"
                        + "const file = new File([bytes], 'dropped.jpg', {type: 'image/jpeg'});"
                        + "const dt = new DataTransfer(); dt.items.add(file);"
                        + "const zone = document.getElementById('drop-zone');"
                        + "zone.dispatchEvent(new DragEvent('dragover', {dataTransfer: dt, bubbles: true, cancelable: true}));"
                        + "zone.dispatchEvent(new DragEvent('drop', {dataTransfer: dt, bubbles: true, cancelable: true}));",
                data);
        assertThat(browser.findElement(By.id("chosen-photos")).getText()).contains("dropped.jpg");
        browser.findElement(By.id("check")).click();
        verdictWhenShown();
        waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#photo-boxes .box")));
    }

    @Test
    void aPostCarryingMarkupIsShownAsTextAndRunsNothing() {
        String markup = "<script>window.pwned = 1</script><img src=x onerror=\"window.pwned = 2\">"
                + "<b onmouseover=\"window.pwned = 3\">bold</b>";
        browser.findElement(By.id("post-text")).sendKeys("Call 07911 123456 " + markup);
        browser.findElement(By.id("check")).click();
        verdictWhenShown();
        JavascriptExecutor js = (JavascriptExecutor) browser;
        assertThat(js.executeScript("return typeof window.pwned")).isEqualTo("undefined");
        WebElement shown = browser.findElement(By.id("highlighted"));
        assertThat(shown.getText()).contains(markup);
        assertThat(shown.findElements(By.cssSelector("script, img, b"))).isEmpty();
        new Actions(browser).moveToElement(shown).perform();
        assertThat(js.executeScript("return typeof window.pwned")).isEqualTo("undefined");
    }

    @Test
    void thePageWorksByKeyboardAlone() {
        browser.findElement(By.tagName("body")).click();
        tabTo("post-text", 10);
        switchTo().sendKeys("Happy birthday Tomasz Wren, 14/03/1990!");
        tabTo("people-filter", 15);
        switchTo().sendKeys("tom");
        new Actions(browser).sendKeys(Keys.TAB).perform(); // the first person still shown: Tomasz Wren
        WebElement box = switchTo();
        assertThat(box.getAttribute("value")).isEqualTo("cl-2");
        box.sendKeys(Keys.SPACE);
        assertThat(box.isSelected()).isTrue();
        tabTo("check", 5);
        switchTo().sendKeys(Keys.ENTER);
        WebElement verdict = verdictWhenShown();
        assertThat(verdict.getAttribute("data-verdict")).isEqualTo("BLOCK");
        waitFor().until(d -> "result-heading".equals(switchTo().getAttribute("id")));
        tabTo("copy", 60);
        switchTo().sendKeys(Keys.ENTER);
        waitFor().until(d -> !d.findElement(By.id("copied")).getText().isEmpty());
    }

    @Test
    void withApiKeysThePageAsksForTheKeyOnceAndThenWorks() throws Exception {
        PrivacyScreenServer keyed = PrivacyScreenServer.builder().screener(TestDetectors.screener())
                .apiKeys(ApiKeys.of(java.util.Map.of("page", "k3y-for-the-page")))
                .settings(ServerSettings.builder().port(0).build()).build().start();
        try {
            for (int i = 0; i < 200 && !keyed.ready(); i++) {
                Thread.sleep(25);
            }
            browser.get("http://127.0.0.1:" + keyed.port() + "/");
            waitFor().until(ExpectedConditions.visibilityOfElementLocated(By.id("key-card")));
            assertThat(browser.findElement(By.id("error")).getText()).contains("access key");
            browser.findElement(By.id("api-key")).sendKeys("k3y-for-the-page");
            browser.findElement(By.id("use-key")).click();
            waitFor().until(ExpectedConditions.invisibilityOfElementLocated(By.id("key-card")));
            browser.findElement(By.id("post-text")).sendKeys("Ring PHONEWORD");
            browser.findElement(By.id("check")).click();
            assertThat(verdictWhenShown().getAttribute("data-verdict")).isEqualTo("BLOCK");
            assertThat(browser.findElement(By.cssSelector("#highlighted mark")).getText()).startsWith("PHONEWORD");
        } finally {
            ((JavascriptExecutor) browser).executeScript("sessionStorage.clear()");
            keyed.stop();
        }
    }

    private static WebElement switchTo() {
        return browser.switchTo().activeElement();
    }

    /** Presses Tab, at most {@code presses} times, until the element with {@code id} has focus. */
    private static void tabTo(String id, int presses) {
        for (int i = 0; i < presses && !id.equals(switchTo().getAttribute("id")); i++) {
            new Actions(browser).sendKeys(Keys.TAB).perform();
        }
        if (!id.equals(switchTo().getAttribute("id"))) {
            throw new AssertionError("Tab never reached #" + id + "; focus is on " + switchTo().getTagName() + "#"
                    + switchTo().getAttribute("id"));
        }
    }
}
