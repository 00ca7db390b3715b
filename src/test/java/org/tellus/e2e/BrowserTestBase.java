package org.tellus.e2e;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.ActiveProfiles;
import org.tellus.SharedSecurityContext;
import org.tellus.TestDatabase;

/**
 * What every browser test shares: the app on a random port (one Spring context for all of them), a fresh
 * headless Chromium per test, closed after it, and the page checks reported at the journey's end.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestDatabase.class, SharedSecurityContext.class})
abstract class BrowserTestBase {

    static final String DEMO_TITLE = "Tell us your priorities";

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    Browser browser;
    final PageChecks pageChecks = new PageChecks();

    @BeforeEach
    void startBrowser() {
        browser = Browser.start(baseUrl());
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.close();
        }
    }

    String baseUrl() {
        return "http://localhost:" + port;
    }

    long demoConsultation() {
        return jdbc.queryForObject("SELECT id FROM consultation WHERE title = ?", Long.class, DEMO_TITLE);
    }
}
