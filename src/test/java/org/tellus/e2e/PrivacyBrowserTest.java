package org.tellus.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.tellus.account.AccountService;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A resident reads the privacy notice, downloads their data and erases their account with the keyboard; the notice,
 * the "My data" page, the erased page and the anonymous erasure page pass axe-core.
 */
class PrivacyBrowserTest extends BrowserTestBase {

    private static final String PASSWORD = "a long browser passphrase";

    @Autowired
    AccountService accounts;

    @Test
    void aResidentDownloadsTheirDataAndErasesTheirAccountByKeyboard() {
        String email = "e2e-eraser-" + UUID.randomUUID() + "@example.org";
        long id = SystemTask.runAs(Roles.ADMIN, () -> accounts.ensureUser(email, "Browser Eraser", PASSWORD,
                Set.of(Roles.RESIDENT))).id();
        browser.signIn(email, PASSWORD);

        browser.open("/privacy");
        browser.waitForText("Your rights");
        pageChecks.accessibility(browser, "the privacy notice");

        browser.open("/my-data");
        browser.waitForText("Download your data");
        pageChecks.accessibility(browser, "the My data page");
        WebElement download = browser.driver().findElement(By.id("download-my-data"));
        Object fetched = browser.js("return fetch(arguments[0].href).then(r => r.status + ' ' + r.headers.get('content-type'))",
                download);
        assertThat(String.valueOf(fetched)).startsWith("200 application/zip");

        // Keyboard only: Tab to the confirmation field, type the email, Tab to the button and press Enter.
        browser.tabInto(browser.driver().findElement(By.id("erase-confirm")), 40);
        browser.press(email, Keys.TAB);
        assertThat(browser.hasFocusWithin(browser.driver().findElement(By.id("erase-account")))).isTrue();
        browser.press(Keys.ENTER);
        browser.waitForPath("/?privacy/erased");
        browser.waitForText("Your account is erased");
        pageChecks.accessibility(browser, "the page after erasure");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE id = ?", Integer.class, id)).isZero();

        browser.open("/privacy/erase-response");
        browser.waitForText("Confirmation reference");
        pageChecks.accessibility(browser, "the anonymous erasure page");

        pageChecks.assertAllPass("The privacy pages must pass axe-core's WCAG 2.2 A and AA rules");
    }
}
