package org.tellus.e2e;

import org.junit.jupiter.api.function.Executable;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertAll;

/**
 * Checks of a journey's pages that are reported together at its end, so one page's failure does not hide the
 * others': axe-core's WCAG 2.2 A and AA rules on each page, and any other check a test adds.
 */
final class PageChecks {

    private final List<Executable> checks = new ArrayList<>();

    /** Runs axe-core on the page the browser shows now; its violations fail the journey at {@link #assertAllPass}. */
    void accessibility(Browser browser, String page) {
        List<String> violations = browser.accessibilityViolations();
        checks.add(() -> assertThat(violations)
                .withFailMessage(() -> "axe-core found " + violations.size() + " violation(s) on " + page + ":\n  "
                        + String.join("\n  ", violations))
                .isEmpty());
    }

    void add(Executable check) {
        checks.add(check);
    }

    void assertAllPass(String heading) {
        assertAll(heading, checks.stream());
    }
}
