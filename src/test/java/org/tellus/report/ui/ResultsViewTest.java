package org.tellus.report.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.report.ReportFixture;
import org.tellus.report.ReportService;
import org.tellus.report.WeDidStatus;

import java.time.LocalDate;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** Anyone reads the published results and what the council did; before publication the page says so. */
@IntegrationTest
@WithAnonymousUser
class ResultsViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationContext context;
    @Autowired
    ReportService reports;

    @Test
    void beforePublicationThePageSaysNoResultsYet() {
        ReportFixture fixture = new ReportFixture(context);
        navigate(ResultsView.class, Map.of("id", String.valueOf(fixture.id)));
        assertThat($(Paragraph.class).withText("No results have been published for this consultation yet.").exists()).isTrue();
    }

    @Test
    void aVisitorReadsThePublishedReportAndWhatWasDone() {
        ReportFixture fixture = new ReportFixture(context);
        SystemTask.runAs(Roles.OFFICER, () -> {
            reports.publish(fixture.id);
            reports.saveWeDid(fixture.id, "enterprising-thriving", "Two new bus routes", WeDidStatus.IN_PROGRESS,
                    LocalDate.of(2027, 2, 1));
        });
        navigate(ResultsView.class, Map.of("id", String.valueOf(fixture.id)));
        assertThat($(Paragraph.class).withText("What we heard in the test.").exists()).isTrue();
        assertThat($(H3.class).withText("An enterprising and thriving Stockport").exists()).isTrue();
        assertThat($(Paragraph.class).withText("Two new bus routes").exists()).isTrue();
        assertThat($(Paragraph.class).withText("In progress, 1 February 2027").exists()).isTrue();
        assertThat($(Paragraph.class).withText("Fewer than 10 responses bear on this priority.").exists()).isTrue();
    }
}
