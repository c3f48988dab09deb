package org.opensor.registry.e2e;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.opensor.registry.stack.StackLayout;

/**
 * Debian's headless Chromium driven through Debian's chromedriver (installed by {@code infra/browser/install},
 * never downloaded by a test tool), with the small vocabulary the console journeys need: sign in, fill a field,
 * press a button, wait for text, take a screenshot into {@code target/screenshots}.
 */
final class Browser implements AutoCloseable {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    static final Path SCREENSHOTS = Path.of("target", "screenshots");
    /** axe-core as infra/browser/install puts it, from the project root. */
    static final String AXE = "infra/browser/axe/node_modules/axe-core/axe.min.js";

    final WebDriver driver;
    private final String baseUrl;
    private final Path profile;

    /**
     * @param serverCertificate the certificate (PEM) the console at {@code baseUrl} serves, from the run's own
     *                          authority: Chromium accepts that key only, nothing else it cannot verify
     */
    Browser(String baseUrl, Path serverCertificate) throws IOException, InterruptedException {
        install();
        this.baseUrl = baseUrl;
        this.profile = Files.createTempDirectory("opensor-chromium-");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // No sandbox as root; no background networking: this machine's network is closed and Chromium would
        // otherwise keep trying to reach its vendor's hosts.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--disable-quic",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--disable-default-apps",
                "--lang=en-GB",
                // the console's certificate comes from the run's own authority, which Chromium's store does not hold
                "--ignore-certificate-errors-spki-list=" + publicKeyPin(serverCertificate),
                "--user-data-dir=" + profile);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 1000));
        driver.manage().timeouts().implicitlyWait(Duration.ZERO);
        driver.manage().timeouts().pageLoadTimeout(Duration.ofSeconds(30));
        driver.manage().timeouts().scriptTimeout(Duration.ofSeconds(60)); // axe-core on a long page
    }

    /** The base64 SHA-256 of the certificate's public key (SubjectPublicKeyInfo), as Chromium's pin list takes it. */
    private static String publicKeyPin(Path certificate) throws IOException {
        try (java.io.InputStream in = Files.newInputStream(certificate)) {
            java.security.cert.Certificate leaf =
                    java.security.cert.CertificateFactory.getInstance("X.509").generateCertificate(in);
            byte[] digest = java.security.MessageDigest.getInstance("SHA-256")
                    .digest(leaf.getPublicKey().getEncoded());
            return java.util.Base64.getEncoder().encodeToString(digest);
        } catch (java.security.GeneralSecurityException e) {
            throw new IOException("Cannot read the console's certificate " + certificate, e);
        }
    }

    /** Runs the project's install script once when Chromium, its driver or axe-core is missing. */
    private static synchronized void install() throws IOException, InterruptedException {
        Path root = StackLayout.findProjectRoot(Path.of(""));
        if (Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER) && Files.exists(root.resolve(AXE))) {
            return;
        }
        Path script = root.resolve("infra/browser/install");
        Process process = new ProcessBuilder(script.toString()).inheritIO().start();
        if (process.waitFor() != 0 || !Files.isExecutable(CHROMEDRIVER)) {
            throw new IllegalStateException("Chromium and chromedriver are needed for the console tests: " + script
                    + " could not install them");
        }
    }

    void open(String path) {
        driver.get(baseUrl + path);
    }

    /** Signs in and reads the console in English (the journeys written before issue 25 assert English words). */
    void signIn(String username, String password) {
        signIn(username, password, "en");
    }

    /** Signs in and switches the console to {@code language} ({@code km} or {@code en}) if it speaks another. */
    void signIn(String username, String password, String language) {
        open("/login");
        speak(language); // the login page's own links: a refused sign-in is then read in that language too
        type("username", username);
        type("password", password);
        press("sign-in");
        waitFor(By.cssSelector("h1"));
        if (all(By.id("sign-out")).size() > 0) {
            speak(language); // the account may have kept another choice from an earlier session
        }
    }

    /** Presses the header's language switch unless the page already speaks {@code language}. */
    void speak(String language) {
        if (!language.equals(language())) {
            press("language-" + language);
            new WebDriverWait(driver, Duration.ofSeconds(20)).until(d -> language.equals(language()));
        }
    }

    /**
     * The page's language as its {@code <html lang>} says, read in one script call: a redirect between finding the
     * element and reading it would leave a stale reference.
     */
    String language() {
        return (String) ((JavascriptExecutor) driver).executeScript("return document.documentElement.lang;");
    }

    void signOut() {
        press("sign-out");
        waitFor(By.id("signed-out-title"));
    }

    /** Types into the field with this id, replacing what was there. */
    void type(String id, String text) {
        WebElement field = driver.findElement(By.id(id));
        field.clear();
        field.sendKeys(text);
    }

    void select(String id, String visibleText) {
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id(id))).selectByVisibleText(visibleText);
    }

    void press(String id) {
        driver.findElement(By.id(id)).click();
    }

    void click(By by) {
        waitFor(by).click();
    }

    WebElement waitFor(By by) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .until(ExpectedConditions.visibilityOfElementLocated(by));
    }

    void waitForText(String text) {
        // The page may be replaced while it is read (a form's redirect): read the new one.
        new WebDriverWait(driver, Duration.ofSeconds(30))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("body")).getText().contains(text));
    }

    String heading() {
        // The page may be replaced while it is read (a form's redirect): read the new one.
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> d.findElement(By.tagName("h1")).getText());
    }

    String text() {
        try {
            return driver.findElement(By.tagName("body")).getText();
        } catch (org.openqa.selenium.StaleElementReferenceException replaced) {
            return driver.findElement(By.tagName("body"))
                    .getText(); // the page changed under the read: read the new one
        }
    }

    /** The error message shown beside the field with this id. */
    String errorBeside(String id) {
        return driver.findElement(By.id(id + "-error")).getText();
    }

    /** The error beside a field once it says {@code text}: the page before the press may still be the one shown. */
    String errorBesideSaying(String id, String text) {
        return new WebDriverWait(driver, Duration.ofSeconds(20))
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .ignoring(org.openqa.selenium.NoSuchElementException.class)
                .until(d -> {
                    String error = errorBeside(id);
                    return error.contains(text) ? error : null;
                });
    }

    List<WebElement> all(By by) {
        return driver.findElements(By.cssSelector("body")).isEmpty() ? List.of() : driver.findElements(by);
    }

    /** A full-page screenshot named after the page, for people to look at (target/screenshots). */
    void screenshot(String name) throws IOException {
        Files.createDirectories(SCREENSHOTS);
        long height = (Long) ((org.openqa.selenium.JavascriptExecutor) driver)
                .executeScript("return document.documentElement.scrollHeight");
        Dimension before = driver.manage().window().getSize();
        driver.manage().window().setSize(new Dimension(before.getWidth(), (int)
                Math.min(Math.max(height + 150, 700), 4000)));
        File shot = ((TakesScreenshot) driver).getScreenshotAs(OutputType.FILE);
        Files.copy(
                shot.toPath(), SCREENSHOTS.resolve(name + ".png"), java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        driver.manage().window().setSize(before);
    }

    @Override
    public void close() {
        driver.quit();
    }
}
