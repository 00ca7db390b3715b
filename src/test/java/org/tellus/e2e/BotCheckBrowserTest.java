package org.tellus.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bot check in a real browser under the Content-Security-Policy (decision 032): the page's script solves the
 * puzzle by itself (Vaadin's executeJs needs the policy's 'unsafe-eval'), the check has an accessible name and a
 * live status a screen reader announces, the honeypot is outside the tab order and the accessibility tree, and a
 * resident registers with the keyboard only. axe-core checks the page.
 */
class BotCheckBrowserTest extends BrowserTestBase {

    @Test
    void theBotCheckPassesByItselfAndARegistrationWorksWithTheKeyboardOnly() {
        browser.open("/register");
        browser.waitForText("Check done: you can send.");
        WebElement check = browser.driver().findElement(By.cssSelector(".tellus-bot-check"));
        assertThat(check.getAttribute("role")).isEqualTo("group");
        assertThat(check.getAttribute("aria-label")).isEqualTo("Check that you are a person");
        WebElement status = check.findElement(By.cssSelector("[role=status]"));
        assertThat(status.getAttribute("aria-live")).isEqualTo("polite");
        assertThat(status.getText()).isEqualTo("Check done: you can send.");
        WebElement trap = check.findElement(By.cssSelector("input[name=website]"));
        assertThat(trap.getAttribute("tabindex")).isEqualTo("-1");
        assertThat(browser.js("return arguments[0].closest('[aria-hidden=true]') !== null", trap)).isEqualTo(true);
        pageChecks.accessibility(browser, "the registration page with its bot check");

        WebElement email = browser.find("vaadin-email-field", "Email");
        browser.tabInto(email, 40);
        browser.press("keyboard-" + UUID.randomUUID() + "@example.org");
        browser.press(Keys.TAB);
        browser.press("Kim");
        browser.press(Keys.TAB);
        browser.press("a long and unusual passphrase for the test");
        WebElement create = browser.find("vaadin-button", "Create account");
        browser.tabInto(create, 10);
        assertThat(browser.hasFocusWithin(trap)).isFalse();
        browser.press(Keys.ENTER);
        browser.waitForPath("/login.*");
        pageChecks.assertAllPass("The registration page with its bot check must pass axe-core's WCAG 2.2 A and AA rules");
    }
}
