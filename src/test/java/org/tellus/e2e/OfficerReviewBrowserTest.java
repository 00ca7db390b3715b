package org.tellus.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tellus.review.RetrainingOnDemand;
import org.tellus.tagging.ActiveModelScope;
import org.tellus.tagging.TaggingOnDemand;
import org.tellus.tagging.TaggingService;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An officer reviews five answers of the demo consultation with the keyboard only, retrains the model, and sees
 * "What people said" change: the most frequent theme is added where the machine missed it, so its count rises
 * from "fewer than 10" to a number. axe-core checks the review queue and the theme models page.
 */
class OfficerReviewBrowserTest extends BrowserTestBase {

    private static final int REVIEWS = 5;

    @Autowired
    ApplicationContext context;

    @Test
    void anOfficerReviewsFiveAnswersWithTheKeyboardRetrainsAndSeesTheDashboardChange() {
        // A promotion here changes the model in use; the scope puts it back for the tests that follow.
        try (ActiveModelScope scope = ActiveModelScope.open(context.getBean(TaggingService.class))) {
            reviewRetrainAndCompare();
        } catch (RuntimeException | AssertionError e) {
            browser.screenshot("19-review-journey-failed");
            throw e;
        }
    }

    private void reviewRetrainAndCompare() {
        long consultationId = jdbc.queryForObject("SELECT id FROM consultation WHERE title = ?", Long.class, DEMO_TITLE);
        // The background workers are off in tests: tag the demo's answers now, as the tagger would after start.
        TaggingOnDemand.tagPending(context);
        assertThat(untagged(consultationId)).as("the demo's untagged answers").isZero();
        String target = jdbc.queryForObject("""
                SELECT t.name FROM machine_tag m JOIN answer a ON a.id = m.answer_id JOIN response r ON r.id = a.response_id
                JOIN theme t ON t.id = m.theme_id WHERE r.consultation_id = ?
                GROUP BY t.id, t.name ORDER BY COUNT(DISTINCT r.id) DESC, t.id LIMIT 1""", String.class, consultationId);

        browser.signIn("officer@tellus.demo", "officer-demo-2026");
        browser.open("/officer/consultations/" + consultationId + "/insight");
        browser.waitForText("Themes by area");
        String before = themeRow(target);

        browser.open("/officer/consultations/" + consultationId + "/review");
        waitLong("the review queue", () -> bodyText().contains("Keyboard shortcuts") && !progress().isEmpty());
        pageChecks.accessibility(browser, "the review queue");
        browser.screenshot("10-review-queue");
        int added = 0;
        for (int i = 1; i <= REVIEWS; i++) {
            WebElement answer = browser.driver().findElement(By.id("review-answer"));
            waitLong("the answer to have the focus", () -> browser.hasFocusWithin(answer));
            List<String> chips = chips();
            if (i == 1 && chips.stream().anyMatch(c -> !c.contains(target))) {
                int n = chips.indexOf(chips.stream().filter(c -> !c.contains(target)).findFirst().orElseThrow()) + 1;
                browser.press(String.valueOf(n));
                browser.waitUntil("theme " + n + " to be removed", () -> chips().size() == chips.size() - 1);
            }
            if (chips().stream().noneMatch(c -> c.contains(target))) {
                // Alt+T, the page's shortcut, from the answer to "Add a theme".
                // Held down while "t" is pressed: a chord sent as one string reaches the page without altKey.
                new Actions(browser.driver()).keyDown(Keys.ALT).sendKeys("t").keyUp(Keys.ALT).perform();
                WebElement picker = browser.driver().findElement(By.id("review-add-theme"));
                browser.waitUntil("Alt+T to reach Add a theme", () -> browser.hasFocusWithin(picker));
                browser.press(target);
                browser.press(Keys.ENTER);
                browser.waitUntil(target + " to be added", () -> chips().stream().anyMatch(c -> c.contains(target)));
                added++;
                WebElement redrawn = browser.driver().findElement(By.id("review-answer"));
                browser.waitUntil("the focus back on the answer", () -> browser.hasFocusWithin(redrawn));
            }
            int reviewed = i;
            browser.press(Keys.ENTER);
            browser.waitUntil(reviewed + " reviewed", () -> progress().contains(", " + reviewed + " reviewed."));
        }
        browser.screenshot("11-review-queue-after");
        assertThat(added).as("answers that got " + target).isGreaterThanOrEqualTo(2);

        browser.open("/officer/models");
        browser.waitForText("Model versions");
        WebElement retrain = browser.find("vaadin-button", "Retrain now");
        browser.tabInto(retrain, 60);
        // The page polls while training runs, so Vaadin is seldom idle: press without waiting for it to settle
        // (Browser.press would), then read the status as it comes.
        long jobsBefore = jdbc.queryForObject("SELECT COUNT(*) FROM training_job", Long.class);
        new Actions(browser.driver()).sendKeys(Keys.ENTER).perform();
        waitLong("the retraining to be queued", () -> text("#training-status").startsWith("Retraining:")
                && jdbc.queryForObject("SELECT COUNT(*) FROM training_job", Long.class) > jobsBefore);
        // The background workers are off in tests: run the queued retraining now, as the retrainer's poll would.
        RetrainingOnDemand.runQueued(context);
        TaggingOnDemand.tagPending(context); // a promotion re-tags the answers, as the tagger's next sweep would
        waitLong("the retraining to finish", () -> text("#training-status").startsWith("Last retraining finished"));
        // The page polls while a retraining is queued or running: open it afresh, it no longer polls, so Vaadin
        // settles for axe-core.
        browser.open("/officer/models");
        browser.waitForText("Last retraining finished");
        pageChecks.accessibility(browser, "the theme models page");
        browser.screenshot("12-theme-models");

        browser.open("/officer/consultations/" + consultationId + "/insight");
        browser.waitForText("Themes by area");
        String after = themeRow(target);
        browser.screenshot("13-insight-after-review");
        assertThat(before).contains("fewer than 10");
        assertThat(after).isNotEqualTo(before).doesNotContain("fewer than 10");

        pageChecks.assertAllPass("The review queue and the models page must pass axe-core's WCAG 2.2 A and AA rules");
    }

    /** Training takes tens of seconds on a busy two-core machine, longer than the browser's usual wait. */
    private void waitLong(String what, java.util.function.BooleanSupplier condition) {
        new WebDriverWait(browser.driver(), Duration.ofMinutes(5)).withMessage(() -> "Waited 5 minutes for " + what)
                .ignoring(org.openqa.selenium.StaleElementReferenceException.class)
                .until(d -> condition.getAsBoolean());
    }

    private long untagged(long consultationId) {
        return jdbc.queryForObject("""
                SELECT COUNT(*) FROM answer a JOIN question q ON q.id = a.question_id AND q.type = 'FREE_TEXT'
                JOIN response r ON r.id = a.response_id LEFT JOIN answer_tagging t ON t.answer_id = a.id
                WHERE r.consultation_id = ? AND a.text_value IS NOT NULL AND t.answer_id IS NULL""", Long.class, consultationId);
    }

    /** The row of the "Responses by theme" table for this theme, as text. */
    private String themeRow(String theme) {
        return (String) browser.js("""
                const table = [...document.querySelectorAll('table')].find(t => t.caption && t.caption.textContent.startsWith('Responses by theme'));
                const row = [...table.tBodies[0].rows].find(r => r.cells[0].textContent === arguments[0]);
                return [...row.cells].map(c => c.textContent).join(' | ');
                """, theme);
    }

    /**
     * Text by textContent, not WebDriver's visible text: once the answer has the focus the page scrolls, and
     * WebDriver counts what scrolled out of the layout's content area as hidden.
     */
    private String text(String cssSelector) {
        Object text = browser.js("const e = document.querySelector(arguments[0]); return e ? e.textContent : ''", cssSelector);
        return text == null ? "" : text.toString();
    }

    private String bodyText() {
        return text("body");
    }

    private List<String> chips() {
        return browser.driver().findElements(By.cssSelector(".tellus-review-chip span")).stream()
                .map(e -> String.valueOf(browser.js("return arguments[0].textContent", e))).toList();
    }

    private String progress() {
        return text("#review-progress");
    }

}
