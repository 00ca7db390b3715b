package org.tellus.response.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.tellus.IntegrationTest;
import org.tellus.TranslatedConsultations;
import org.tellus.abuse.BotCheck;
import org.tellus.abuse.BotSolver;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.response.ResponseService;

import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** A resident reads and answers a consultation in Welsh, and the response records it (decision 035). */
@IntegrationTest
@WithAnonymousUser
class ConsultationInWelshViewTest extends SpringBrowserlessTest {

    @Autowired
    ConsultationService consultations;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ResponseService responses;

    private static void pageLanguage(String tag) {
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag(tag));
        UI.getCurrent().setLocale(Locale.forLanguageTag(tag));
    }

    @Test
    void aWelshPageShowsTheWelshTranslationAndTheResponseRecordsCy() {
        ConsultationDetails c = TranslatedConsultations.offeredInWelsh(consultations, "Parks " + UUID.randomUUID());
        pageLanguage("cy");
        navigate(ConsultationPageView.class, Map.of(ConsultationPageView.ID, String.valueOf(c.id())));

        assertThat($(H1.class).first().getText()).isEqualTo("Cymraeg: " + c.title());
        assertThat($(Anchor.class).withText("English").exists()).isTrue(); // the switch back to the original
        test($(TextArea.class).withLabelContaining("Beth fyddech chi’n ei newid?").single()).setValue("Mwy o goed");
        test($(RadioButtonGroup.class).withLabelContaining("Ydych chi’n ymweld?").single()).selectItem("Ydw");
        BotSolver.solve($(BotCheck.class).single());
        test($(Button.class).withText("Anfon fy atebion").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ConfirmationView.class);
        assertThat(jdbc.queryForList("SELECT language FROM response WHERE consultation_id = ?", String.class, c.id()))
                .containsExactly("cy");
        long id = jdbc.queryForObject("SELECT id FROM response WHERE consultation_id = ?", Long.class, c.id());
        assertThat(SystemTask.runAs(Roles.OFFICER, () -> responses.response(id).language())).isEqualTo("cy");
        // The choice is stored by the option's id, the same as an English answer's.
        assertThat(jdbc.queryForObject("SELECT ch.option_id FROM answer_choice ch JOIN answer a ON a.id = ch.answer_id"
                + " JOIN response r ON r.id = a.response_id WHERE r.consultation_id = ?", Long.class, c.id()))
                .isEqualTo(c.questions().get(1).options().getFirst().id());
    }

    @Test
    void aLanguageNotOfferedShowsTheOriginalWithANote() {
        ConsultationDetails c = TranslatedConsultations.offeredInWelsh(consultations, "Roads " + UUID.randomUUID());
        pageLanguage("ur");
        navigate(ConsultationPageView.class, Map.of(ConsultationPageView.ID, String.valueOf(c.id())));

        assertThat($(H1.class).first().getText()).isEqualTo(c.title());
        assertThat($(Paragraph.class).all()).extracting(Paragraph::getText)
                .anyMatch(text -> text.contains("اردو") && text.contains("English"));
        assertThat($(Anchor.class).withText("Cymraeg").exists()).isTrue();
    }
}
