package org.tellus.response.imports.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.response.ResponseFilter;
import org.tellus.response.ResponseService;
import org.tellus.response.imports.ImportFixtures;
import org.tellus.response.imports.ImportsOnDemand;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

@IntegrationTest
@WithMockUser(roles = Roles.OFFICER)
class ImportViewTest extends SpringBrowserlessTest {

    @Autowired
    ConsultationService consultations;
    @Autowired
    ResponseService responses;
    @Autowired
    ApplicationContext context;

    @Test
    void aFileWithProblemsShowsThemAndCannotBeImported() {
        ConsultationDetails consultation = ImportFixtures.openConsultation(consultations);
        ImportView view = navigate(ImportView.class, Map.of("id", String.valueOf(consultation.id())));

        view.showPreview(ImportFixtures.csv("1,2026-01-31T10:00:00Z,Fine,Train,4,yes\n"));

        Button start = $(Button.class).withText(view.getTranslation("import.start", 1)).single();
        assertThat(start.isEnabled()).isFalse();
        assertThat($(Grid.class).all()).hasSize(3);
        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().equals(view.getTranslation("import.rows", 1)));
    }

    @Test
    void aBrokenFileIsAClearMessage() {
        ConsultationDetails consultation = ImportFixtures.openConsultation(consultations);
        ImportView view = navigate(ImportView.class, Map.of("id", String.valueOf(consultation.id())));

        view.showPreview(new byte[0]);

        assertThat($(Paragraph.class).all()).anyMatch(p -> p.getText().equals(view.getTranslation("import.file.empty")));
        assertThat($(Button.class).withCondition(b -> b.getText().startsWith(view.getTranslation("import.start", "")
                .strip())).all()).isEmpty();
    }

    @Test
    void aGoodFileIsImportedInTheBackground() {
        ConsultationDetails consultation = ImportFixtures.openConsultation(consultations);
        ImportView view = navigate(ImportView.class, Map.of("id", String.valueOf(consultation.id())));
        view.showPreview(ImportFixtures.goodRows(3));

        Button start = $(Button.class).withText(view.getTranslation("import.start", 3)).single();
        assertThat(start.isEnabled()).isTrue();
        test(start).click();

        // A background job, run by whichever instance claims it: here, on demand, as a runner would.
        ImportsOnDemand.runQueued(context);
        assertThat(SystemTask.runAs(Roles.OFFICER, () -> responses.countResponses(consultation.id(), ResponseFilter.none())))
                .isEqualTo(3);
    }
}
