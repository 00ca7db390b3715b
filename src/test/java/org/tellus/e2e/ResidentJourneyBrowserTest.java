package org.tellus.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident answers the demo consultation in a real browser with the keyboard only, and an officer then finds
 * the response by its reference. On the way, axe-core checks each public page against WCAG 2.2 A and AA, the
 * consultation page is checked at phone width, and screenshots go to {@code target/screenshots/}.
 */
class ResidentJourneyBrowserTest extends BrowserTestBase {

    private static final String REFERENCE = "TU-[0-9A-HJKMNP-TV-Z]{4}-[0-9A-HJKMNP-TV-Z]{4}";
    private static final int PHONE_WIDTH = 375;

    @Test
    void residentAnswersWithTheKeyboardOnlyAndTheOfficerSeesTheResponse() {
        long consultationId = jdbc.queryForObject("SELECT id FROM consultation WHERE title = ?", Long.class, DEMO_TITLE);

        // The list of open consultations.
        browser.open("/");
        browser.waitForText(DEMO_TITLE);
        pageChecks.accessibility(browser, "the list of open consultations (/)");
        browser.screenshot("01-open-consultations");

        // From the list to the consultation, by keyboard.
        // The demo closes last, so it comes after every consultation other tests of the run left open.
        WebElement link = browser.find("a", DEMO_TITLE);
        browser.tabInto(link, 400);
        browser.press(Keys.ENTER);
        browser.waitForPath("/consultations/" + consultationId);
        browser.waitForText("What is the one thing that would most improve life in the borough");
        pageChecks.accessibility(browser, "the consultation page");
        browser.screenshot("02-consultation");
        checkPhoneWidth();

        // Required: free text.
        WebElement improve = browser.find("vaadin-text-area", "What is the one thing");
        browser.tabInto(improve, 10);
        String answer = "Buses that run after 10pm, so people can get home from evening shifts.";
        browser.press(answer);
        browser.waitUntil("the typed answer", () -> answer.equals(improve.getDomProperty("value")));

        // Required: single choice, with Space on the first option and an arrow key to the second.
        WebElement feel = browser.find("vaadin-radio-group", "How do you feel about your neighbourhood");
        browser.tabInto(feel, 5);
        browser.press(Keys.SPACE);
        browser.press(Keys.ARROW_DOWN);
        browser.waitUntil("the neighbourhood answer", () -> "Fairly satisfied".equals(checkedLabel(feel)));

        // Optional: multiple choice, ticked with Space.
        WebElement services = browser.find("vaadin-checkbox-group", "Which council services");
        browser.tabInto(services, 5);
        browser.press(Keys.SPACE);
        browser.waitUntil("a ticked service", () -> "Libraries".equals(checkedLabel(services)));

        // Required: rating, chosen with arrow keys.
        WebElement rating = browser.find("vaadin-radio-group", "How well do you think the council listens");
        browser.tabInto(rating, 15);
        browser.press(Keys.SPACE);
        browser.press(Keys.ARROW_RIGHT, Keys.ARROW_RIGHT, Keys.ARROW_RIGHT);
        browser.waitUntil("the rating 4", () -> "4".equals(checkedLabel(rating)));

        // Send, with Enter on the button.
        WebElement send = browser.find("vaadin-button", "Send my answers");
        browser.tabInto(send, 80);
        browser.press(Keys.ENTER);
        browser.waitForPath("/confirmation/" + REFERENCE);
        browser.waitForText("Thank you, we have your answers");
        String reference = browser.driver().findElement(By.cssSelector("#reference .tellus-reference")).getText();
        assertThat(reference).matches(REFERENCE);
        assertThat(browser.path()).isEqualTo("/confirmation/" + reference);
        pageChecks.accessibility(browser, "the confirmation page");
        browser.screenshot("03-confirmation");

        // The officer signs in and finds the response by its reference.
        browser.signIn("officer@tellus.demo", "officer-demo-2026");
        browser.open("/officer/consultations/" + consultationId + "/responses");
        browser.waitForText("Responses to " + DEMO_TITLE);
        browser.find("vaadin-grid-cell-content", reference);
        pageChecks.accessibility(browser, "the officer's response list");
        browser.screenshot("04-officer-responses");

        // The officer's other pages for this consultation: the editor, assisted entry and "What people said".
        browser.open("/officer/consultations/" + consultationId);
        browser.waitForText("Questions");
        pageChecks.accessibility(browser, "the consultation editor");
        browser.open("/officer/consultations/" + consultationId + "/responses/new");
        browser.waitForText("How did this response reach us?");
        pageChecks.accessibility(browser, "the assisted-entry page");
        browser.open("/officer/consultations/" + consultationId + "/insight");
        browser.waitForText("Themes by area");
        pageChecks.accessibility(browser, "the insight page");
        browser.screenshot("05-officer-insight");
        browser.waitForText("Equity lens");
        // A download link streams the file in a real request, under the officer's session (the service checks it).
        String openData = (String) browser.driver().executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                const link = [...document.querySelectorAll('a')].find(a => a.textContent === 'CSV'
                    && (a.getAttribute('aria-label') || '').startsWith('Open data'));
                fetch(link.href).then(r => r.text()).then(done, e => done('failed: ' + e));""");
        // fetch's text() drops the byte-order mark.
        assertThat(openData).startsWith("Table,Row,Column,Value").contains("fewer than 10")
                .doesNotContain("Buses that run after 10pm");
        browser.open("/officer/insight");
        browser.waitForText("What people said across consultations");
        browser.waitForText("Equity lens");
        pageChecks.accessibility(browser, "the insight page across consultations");
        browser.screenshot("06-officer-insight-across");

        pageChecks.assertAllPass("Each page must pass axe-core's WCAG 2.2 A and AA rules and fit a phone");
    }

    @Test
    void theAccessibilityCheckReportsWhatIsWrongAndWhere() {
        browser.open("/");
        browser.waitForText(DEMO_TITLE);
        browser.js("document.querySelector('main').appendChild(document.createElement('img')).id = 'no-alt'");

        assertThat(browser.accessibilityViolations())
                .anySatisfy(v -> assertThat(v).startsWith("image-alt (critical): Images must have alternative text")
                        .contains("#no-alt"));
    }

    /** Runs axe-core now; a failure is reported at the end of the journey. */
    private void checkPhoneWidth() {
        browser.resize(PHONE_WIDTH, 800);
        long overflow = browser.horizontalOverflow();
        browser.screenshot("02-consultation-phone");
        pageChecks.add(() -> assertThat(overflow)
                .withFailMessage("The consultation page is %d px wider than a %d px phone screen", overflow, PHONE_WIDTH)
                .isZero());
        browser.resize(1280, 900);
    }

    /** The label of the checked option in a radio or checkbox group. */
    private String checkedLabel(WebElement group) {
        Object label = browser.js("""
                const checked = [...arguments[0].querySelectorAll('vaadin-radio-button, vaadin-checkbox')]
                    .filter(b => b.checked);
                return checked.map(b => b.querySelector('label').textContent.trim()).join(', ');
                """, group);
        return String.valueOf(label);
    }
}
