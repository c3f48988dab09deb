package org.opensor.registry.e2e;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WindowType;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Issue 25 items 4 to 6 in a real browser, as a court clerk works: the duplicate question with its reasons, photos
 * added and shown, the identity corrected (and the plain-words message when a colleague saved first), the list sorted
 * and filtered, and the record printed (print layout with purpose and printer) and exported as PDF.
 */
class RecordJourneyIT extends ConsoleJourney {

    private static final String PURPOSE = "CASE-2026-0425 court file for the appeal";

    @Test
    void aClerkRegistersAnswersTheDuplicateQuestionAddsPhotosCorrectsAndPrintsTheRecord() throws Exception {
        String family = "REC" + letters(6);
        browser.signIn("clerk", stack.passwords.get("clerk"));
        register(family, "Sokha", "1985-04-17");
        browser.waitFor(By.id("purpose"));
        browser.type("purpose", PURPOSE);
        browser.press("state-purpose");
        browser.waitFor(By.id("banner"));
        String first = new java.net.URI(browser.driver.getCurrentUrl()).getPath();

        // A one-letter variant born the same day: the clerk is asked, with the person, the date and why.
        register(family, "Sokhar", "1985-04-17");
        browser.waitFor(By.id("duplicate-candidates"));
        String candidates =
                browser.driver.findElement(By.id("duplicate-candidates")).getText();
        assertThat(candidates)
                .contains(family + " Sokha")
                .contains("Born 1985-04-17")
                .contains("the name differs by one letter");
        browser.screenshot("record-duplicate-question");
        browser.press("confirmedDistinctPerson");
        browser.press("register");
        browser.waitFor(By.id("banner"));

        // Photos: a JPEG chosen in the file field, shown on the record.
        browser.open(first);
        browser.press("add-photos");
        Path photo = Files.createTempFile("face-", ".jpg");
        ImageIO.write(face(), "jpeg", photo.toFile());
        browser.driver
                .findElement(By.id("file"))
                .sendKeys(photo.toAbsolutePath().toString());
        browser.press("upload-photos");
        browser.waitFor(By.id("photo-0"));
        assertThat(browser.text()).contains("1 photo(s) added to the record.");
        // The image is fetched by its own (audited) request after the page: wait until the browser has decoded it.
        Number width = new WebDriverWait(browser.driver, Duration.ofSeconds(20)).until(d -> {
            Number w = (Number)
                    ((JavascriptExecutor) d).executeScript("return document.getElementById('photo-0').naturalWidth");
            return w != null && w.intValue() > 0 ? w : null;
        });
        assertThat(width.intValue()).as("the image was served and decoded").isEqualTo(240);
        browser.screenshot("record-photos");

        // The identity corrected, then a colleague's form opened on the old version is told what happened.
        browser.press("edit-identity");
        browser.waitFor(By.id("save-identity"));
        String editPage = browser.driver.getWindowHandle();
        browser.driver.switchTo().newWindow(WindowType.TAB);
        browser.open(first + "/edit");
        browser.type("placeOfBirth", "Battambang");
        browser.type("reason", "Judgment names the place of birth");
        browser.press("save-identity");
        browser.waitFor(By.id("banner"));
        assertThat(browser.text()).contains("Identity corrected.");
        browser.driver.close();
        browser.driver.switchTo().window(editPage);
        browser.type("givenNames", "Sokha Dara");
        browser.type("reason", "Passport spelling");
        browser.press("save-identity");
        browser.waitFor(By.id("stale-version"));
        assertThat(browser.driver.findElement(By.id("stale-version")).getText())
                .contains("Someone else changed this record while you were correcting it")
                .doesNotContain("You cannot open this page");
        assertThat(browser.driver.findElement(By.id("givenNames")).getAttribute("value"))
                .isEqualTo("Sokha Dara");
        browser.screenshot("record-stale-version");
        browser.press("save-identity");
        browser.waitFor(By.id("banner"));
        assertThat(browser.heading()).contains("Sokha Dara");

        // The list, filtered and sorted.
        browser.open("/console/registrants?namePrefix=" + family);
        browser.select("sort", "Name (A to Z)");
        browser.press("filter");
        browser.waitFor(By.id("result-count"));
        assertThat(browser.driver.getCurrentUrl()).contains("sort=NAME");
        assertThat(browser.driver.findElement(By.id("result-count")).getText())
                .isEqualTo("Showing 1 to 2 of 2 registrants");
        String table = browser.driver
                .findElement(By.cssSelector("table.registry-table tbody"))
                .getText();
        assertThat(table.indexOf("Sokha Dara")).as("A to Z").isLessThan(table.indexOf("Sokhar"));
        browser.screenshot("record-list-sorted");

        // Printing: the print layout keeps the purpose and who printed it, and hides the menus.
        browser.open(first);
        browser.press("print-record");
        browser.waitFor(By.id("print-header"));
        assertThat(browser.driver.findElement(By.id("print-header")).getText()).contains("Purpose: " + PURPOSE);
        assertThat(browser.driver.findElement(By.id("print-footer")).getText())
                .contains("Printed by clerk (Court clerk)");
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));
        JavascriptExecutor js = (JavascriptExecutor) browser.driver;
        assertThat(js.executeScript(
                        "return getComputedStyle(document.querySelector('.govuk-service-navigation')).display"))
                .isEqualTo("none");
        assertThat(js.executeScript("return getComputedStyle(document.getElementById('print-header')).position"))
                .isEqualTo("fixed");
        browser.screenshot("record-print");
        ((ChromeDriver) browser.driver).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        Object pdf = js.executeAsyncScript(
                "var done = arguments[arguments.length - 1];"
                        + "fetch(document.querySelector('a[href$=\"record.pdf\"]').href).then(r => done(r.status + ' ' + r.headers.get('content-type')))");
        assertThat(pdf).isEqualTo("200 application/pdf");
        browser.signOut();
    }

    private static void register(String family, String given, String dateOfBirth) {
        browser.open("/console/registrants/new");
        browser.type("familyName", family);
        browser.type("givenNames", given);
        browser.type("dateOfBirth", dateOfBirth);
        browser.press("sex");
        browser.type("nationalities[0]", "KHM");
        browser.press("register");
    }

    private static BufferedImage face() {
        BufferedImage image = new BufferedImage(240, 300, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0xC8A27A));
        g.fillRect(0, 0, 240, 300);
        g.setColor(Color.DARK_GRAY);
        g.fillOval(60, 70, 120, 160);
        g.dispose();
        return image;
    }

    private static String letters(int n) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < n; i++) {
            s.append((char) ('A' + ThreadLocalRandom.current().nextInt(26)));
        }
        return s.toString();
    }
}
