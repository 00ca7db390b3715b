package org.tellus.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tellus.SharedSecurityContext;
import org.tellus.TestDatabase;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkService;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * In real browsers: a member posts in the Race Equality Network's forum, another member reports the post, the
 * facilitator hides it from the moderation queue with a reason, and the author sees that it was hidden and why.
 * axe-core checks the network list, the forum, the thread and the moderation queue against WCAG 2.2 A and AA.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestDatabase.class, SharedSecurityContext.class})
class ForumModerationBrowserTest {

    private static final String PASSWORD = "a long test passphrase";
    private static final String NETWORK = "race-equality";

    @LocalServerPort
    int port;
    @Autowired
    AccountService accounts;
    @Autowired
    NetworkService networks;

    private final List<Browser> browsers = new ArrayList<>();
    private final PageChecks pageChecks = new PageChecks();

    @AfterEach
    void closeBrowsers() {
        browsers.forEach(Browser::close);
    }

    @Test
    void aReportedPostIsHiddenByTheFacilitatorAndTheAuthorSeesWhy() {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        UserSummary author = member("author-" + suffix + "@example.org", "Author " + suffix);
        UserSummary reporter = member("reporter-" + suffix + "@example.org", "Reporter " + suffix);
        String title = "Bus stops without shelters " + suffix;

        // The author finds the forum from the network list and starts a thread.
        Browser authorBrowser = signIn(author.email(), PASSWORD);
        authorBrowser.open("/networks");
        authorBrowser.waitForText("Race Equality Network");
        pageChecks.accessibility(authorBrowser, "the network list");
        authorBrowser.open("/networks/" + NETWORK + "/forum");
        authorBrowser.waitForText("Start a thread");
        authorBrowser.find("vaadin-grid-cell-content", "Welcome: how this forum works");
        pageChecks.accessibility(authorBrowser, "the forum");
        authorBrowser.screenshot("forum-01-list");
        type(authorBrowser, "vaadin-text-field", "Title", title);
        type(authorBrowser, "vaadin-text-area", "Your post", "The stop on *Wellington Road* has no shelter.");
        click(authorBrowser, authorBrowser.find("vaadin-button", "Post the thread"));
        authorBrowser.waitForPath("/networks/" + NETWORK + "/forum/[0-9]+");
        authorBrowser.waitForText(title);
        String threadPath = authorBrowser.path();
        pageChecks.accessibility(authorBrowser, "a thread");
        authorBrowser.screenshot("forum-02-thread");

        // Another member reports it.
        Browser reporterBrowser = signIn(reporter.email(), PASSWORD);
        reporterBrowser.open(threadPath);
        reporterBrowser.waitForText(title);
        click(reporterBrowser, reporterBrowser.find("vaadin-button", "Report"));
        type(reporterBrowser, "vaadin-text-area", "What is wrong with it?", "Names a street where someone lives");
        click(reporterBrowser, reporterBrowser.find("vaadin-button", "Send the report"));
        reporterBrowser.waitForText("Thank you: the facilitators will look at it");

        // The facilitator hides it from the moderation queue, with a reason.
        Browser facilitatorBrowser = signIn("facilitator@tellus.demo", "facilitator-demo-2026");
        facilitatorBrowser.open("/moderation");
        facilitatorBrowser.waitForText("Names a street where someone lives");
        pageChecks.accessibility(facilitatorBrowser, "the moderation queue");
        facilitatorBrowser.screenshot("forum-03-moderation");
        click(facilitatorBrowser, facilitatorBrowser.driver().findElement(By.cssSelector(
                "vaadin-button[aria-label='Hide the post by " + author.displayName() + "']")));
        type(facilitatorBrowser, "vaadin-text-area", "Reason", "Please leave out street names");
        click(facilitatorBrowser, facilitatorBrowser.find("vaadin-button:not([aria-label])", "Hide"));
        facilitatorBrowser.waitForText("The post is hidden");

        // Gone for the other member; the author sees why.
        reporterBrowser.open(threadPath);
        reporterBrowser.waitForText("Thread hidden by a facilitator");
        assertThat(reporterBrowser.driver().findElement(By.tagName("body")).getText()).doesNotContain("Wellington Road");
        authorBrowser.open(threadPath);
        authorBrowser.waitForText("A facilitator hid your post from the other members. Their reason: "
                + "Please leave out street names");
        authorBrowser.screenshot("forum-04-author-sees-why");

        pageChecks.assertAllPass("Each page must pass axe-core's WCAG 2.2 A and AA rules");
    }

    private UserSummary member(String email, String name) {
        return SystemTask.runAs(Roles.ADMIN, () -> {
            UserSummary user = accounts.ensureUser(email, name, PASSWORD, Set.of(Roles.RESIDENT));
            NetworkDetails network = networks.networkBySlug(NETWORK);
            networks.addMember(network.id(), user.id());
            return user;
        });
    }

    private Browser signIn(String email, String password) {
        Browser browser = Browser.start("http://localhost:" + port);
        browsers.add(browser);
        browser.signIn(email, password);
        return browser;
    }

    /** Scrolls the element into the middle of the window and clicks it there, as a person would. */
    private static void click(Browser browser, WebElement element) {
        browser.js("arguments[0].scrollIntoView({block: 'center'})", element);
        browser.js("arguments[0].focus(); arguments[0].click()", element);
        browser.waitForVaadin();
    }

    /** Clicks into the field with that label and types, as a person would. */
    private static void type(Browser browser, String tag, String label, String text) {
        WebElement field = browser.find(tag, label);
        click(browser, field.findElement(By.cssSelector(tag.equals("vaadin-text-area") ? "textarea" : "input")));
        browser.press(text);
        browser.waitUntil("the typed text in " + label, () -> text.equals(field.getDomProperty("value")));
    }
}
