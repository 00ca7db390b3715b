package org.tellus.e2e;

import org.junit.jupiter.api.Test;
import org.openqa.selenium.Cookie;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The resident's pages in Urdu run right to left, fit a phone and pass axe-core; the pages added for the report,
 * the results, the password reset and the audit trail pass axe-core too. Screenshots of the Urdu pages at phone
 * and desktop width go to {@code target/screenshots/} (copies in {@code docs/screenshots/}).
 */
class LanguagesAndNewPagesBrowserTest extends BrowserTestBase {

    private static final int PHONE_WIDTH = 375;

    @Test
    void aResidentsPagesInUrduRunRightToLeftFitAPhoneAndPassAxe() {
        long consultationId = demoConsultation();
        browser.open("/");
        // The language menu remembers a choice in this cookie; setting it is what choosing Urdu there does.
        browser.driver().manage().addCookie(new Cookie("tellus-language", "ur", "/"));

        browser.open("/");
        browser.waitForText("اپنی رائے دیں");
        assertThat(browser.js("return document.documentElement.dir")).isEqualTo("rtl");
        assertThat(browser.js("return document.documentElement.lang")).isEqualTo("ur");
        checkPage("ur-01-open-consultations", "the list of open consultations in Urdu");

        browser.open("/consultations/" + consultationId);
        browser.waitForText(DEMO_TITLE);
        checkPage("ur-02-consultation", "the consultation page in Urdu");

        browser.open("/consultations/" + consultationId + "/results");
        browser.waitForText("اس مشاورت کے نتائج ابھی شائع نہیں ہوئے");
        checkPage("ur-03-results", "the results page in Urdu");

        browser.open("/forgot-password");
        browser.waitForText("پاس ورڈ بھول گئے؟");
        checkPage("ur-04-forgot-password", "the forgot-password page in Urdu");

        pageChecks.assertAllPass("Each Urdu page must pass axe-core's WCAG 2.2 A and AA rules and fit a phone");
    }

    @Test
    void theReportAuditTrailAndPasswordPagesPassAxe() {
        long consultationId = demoConsultation();
        browser.open("/forgot-password");
        browser.waitForText("Forgot your password?");
        pageChecks.accessibility(browser, "the forgot-password page");
        browser.open("/consultations/" + consultationId + "/results");
        browser.waitForText("No results have been published for this consultation yet");
        pageChecks.accessibility(browser, "the results page");

        browser.signIn("officer@tellus.demo", "officer-demo-2026");
        browser.open("/officer/consultations/" + consultationId + "/report");
        browser.waitForText("Shape the report");
        pageChecks.accessibility(browser, "the officer's report page");
        browser.screenshot("07-officer-report");

        browser.close();
        browser = Browser.start(baseUrl()); // a fresh session for the administrator
        browser.signIn("admin@tellus.demo", "admin-demo-2026");
        browser.open("/admin/audit-trail");
        browser.waitForText("Audit trail");
        pageChecks.accessibility(browser, "the audit trail");

        pageChecks.assertAllPass("Each new page must pass axe-core's WCAG 2.2 A and AA rules");
    }

    /** axe-core and a screenshot at desktop width, then the same page at phone width: no sideways scrolling. */
    private void checkPage(String screenshot, String page) {
        pageChecks.accessibility(browser, page);
        browser.screenshot(screenshot + "-desktop");
        browser.resize(PHONE_WIDTH, 800);
        long overflow = browser.horizontalOverflow();
        browser.screenshot(screenshot + "-phone");
        pageChecks.add(() -> assertThat(overflow)
                .withFailMessage("%s is %d px wider than a %d px phone screen", page, overflow, PHONE_WIDTH)
                .isZero());
        browser.resize(1280, 900);
    }
}
