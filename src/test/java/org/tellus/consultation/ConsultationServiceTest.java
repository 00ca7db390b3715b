package org.tellus.consultation;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;

import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ConsultationServiceTest {

    @Autowired
    ConsultationService consultations;

    static ConsultationForm form(String title) {
        return ConsultationForm.of(title, "Why we ask.\n\nWhat happens next.", LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30), false);
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void anOfficerBuildsOpensClosesAndPublishesAConsultation() {
        ConsultationDetails c = consultations.create(form("Parks survey"));
        assertThat(c.status()).isEqualTo(ConsultationStatus.DRAFT);
        assertThatThrownBy(() -> consultations.open(c.id())).hasMessage("consultation.open.no-questions");
        consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.FREE_TEXT, "What would you change?", true));
        consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.SINGLE_CHOICE, "Do you visit?", false, "Yes", "No"));
        assertThat(consultations.open(c.id()).status()).isEqualTo(ConsultationStatus.OPEN);
        assertThat(consultations.openConsultations()).extracting(ConsultationDetails::id).contains(c.id());
        assertThatThrownBy(() -> consultations.publishResults(c.id(), "We heard")).hasMessage("consultation.publish.not-closed");
        assertThat(consultations.close(c.id()).status()).isEqualTo(ConsultationStatus.CLOSED);
        assertThatThrownBy(() -> consultations.publishResults(c.id(), " ")).hasMessage("consultation.publish.empty");
        ConsultationDetails published = consultations.publishResults(c.id(), "You said, we did.");
        assertThat(published.status()).isEqualTo(ConsultationStatus.RESULTS_PUBLISHED);
        assertThat(published.summaryParagraphs()).containsExactly("Why we ask.", "What happens next.");
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void questionsAreReorderedAndValidated() {
        ConsultationDetails c = consultations.create(form("Order"));
        QuestionDetails first = consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.FREE_TEXT, "First", true));
        consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.AREA, "Second", false));
        consultations.moveQuestion(first.id(), 1);
        assertThat(consultations.consultation(c.id()).questions()).extracting(QuestionDetails::prompt)
                .containsExactly("Second", "First");
        assertThatThrownBy(() -> consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.SINGLE_CHOICE, "One option", true, "Only")))
                .hasMessage("question.options.too-few");
        assertThatThrownBy(() -> consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.MULTIPLE_CHOICE, "Dupes", true, "A", "A")))
                .hasMessage("question.options.duplicate");
        QuestionForm badScale = QuestionForm.of(QuestionType.RATING, "Scale", true);
        badScale.setScaleMin(5);
        badScale.setScaleMax(1);
        assertThatThrownBy(() -> consultations.addQuestion(c.id(), badScale)).hasMessage("question.scale.range");
        assertThatThrownBy(() -> consultations.update(c.id(), ConsultationForm.of("Dates", "x", LocalDate.now(),
                LocalDate.now().minusDays(1), false))).hasMessage("consultation.dates.order");
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void onceAnsweredAQuestionKeepsItsMeaningButMayBeReorderedOrGivenNewHelp() {
        ConsultationDetails c = consultations.create(form("Locked"));
        QuestionDetails q = consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.SINGLE_CHOICE, "Happy?", true, "Yes", "No"));
        consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.FREE_TEXT, "Why?", false));
        consultations.open(c.id());
        consultations.beginAnswer(c.id(), false);

        assertThatThrownBy(() -> consultations.removeQuestion(q.id())).hasMessage("question.locked.remove");
        QuestionForm changed = consultations.questionForm(q.id());
        changed.setOptions(java.util.List.of("Yes", "No", "Maybe"));
        assertThatThrownBy(() -> consultations.updateQuestion(q.id(), changed)).hasMessage("question.locked.change");
        QuestionForm reworded = consultations.questionForm(q.id());
        reworded.setPrompt("Are you unhappy?");
        assertThatThrownBy(() -> consultations.updateQuestion(q.id(), reworded)).hasMessage("question.locked.change");

        QuestionForm helped = consultations.questionForm(q.id());
        helped.setHelpText("Think about the last year.");
        assertThat(consultations.updateQuestion(q.id(), helped).helpText()).isEqualTo("Think about the last year.");
        consultations.moveQuestion(q.id(), 1);
        assertThat(consultations.consultation(c.id()).questions().get(1).id()).isEqualTo(q.id());
    }

    @Test
    @WithAnonymousUser
    void residentsSeeOnlyPublishedConsultationsAndClosedOnesRefuseAnswers() {
        long[] ids = SystemTask.runAs(Roles.OFFICER, () -> {
            ConsultationDetails draft = consultations.create(form("Draft"));
            ConsultationDetails closed = consultations.create(form("Closed"));
            consultations.addQuestion(closed.id(), QuestionForm.of(QuestionType.FREE_TEXT, "Q", true));
            consultations.open(closed.id());
            consultations.close(closed.id());
            ConsultationDetails future = consultations.create(ConsultationForm.of("Future", "x",
                    LocalDate.now().plusDays(3), null, false));
            consultations.addQuestion(future.id(), QuestionForm.of(QuestionType.FREE_TEXT, "Q", true));
            consultations.open(future.id());
            return new long[]{draft.id(), closed.id(), future.id()};
        });
        assertThatThrownBy(() -> consultations.publicConsultation(ids[0])).hasMessage("consultation.not-found");
        assertThat(consultations.publicConsultation(ids[1]).status()).isEqualTo(ConsultationStatus.CLOSED);
        assertThatThrownBy(() -> consultations.beginAnswer(ids[1], false)).hasMessage("consultation.closed");
        assertThatThrownBy(() -> consultations.beginAnswer(ids[2], false)).hasMessage("consultation.closed");
        assertThat(consultations.openConsultations()).extracting(ConsultationDetails::id).doesNotContain(ids[0], ids[1], ids[2]);
    }

    @Test
    @WithAnonymousUser
    void aVisitorIsDeniedTheTitleOfADraftButGetsThatOfAnOpenConsultation() {
        long[] ids = SystemTask.runAs(Roles.OFFICER, () -> {
            ConsultationDetails draft = consultations.create(form("Secret draft plans"));
            ConsultationDetails open = consultations.create(form("Open for answers"));
            consultations.addQuestion(open.id(), QuestionForm.of(QuestionType.FREE_TEXT, "Q", true));
            consultations.open(open.id());
            return new long[]{draft.id(), open.id()};
        });
        assertThat(consultations.publicTitle(ids[0])).isEmpty();
        assertThat(consultations.publicTitle(ids[1])).isEqualTo("Open for answers");
        assertThat(SystemTask.runAs(Roles.RESIDENT, () -> consultations.publicTitle(ids[0]))).isEmpty();
        assertThat(SystemTask.runAs(Roles.OFFICER, () -> consultations.publicTitle(ids[0]))).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsDeniedEveryOfficerAction() {
        assertThatThrownBy(() -> consultations.create(form("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(consultations::allConsultations).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.consultation(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.open(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.beginAnswer(1, true)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void aResidentOrFacilitatorIsDeniedEveryOfficerAction() {
        assertThatThrownBy(() -> consultations.create(form("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.addQuestion(1, QuestionForm.of(QuestionType.AREA, "x", true)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.removeQuestion(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.close(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> consultations.publishResults(1, "x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void unknownConsultationsGiveAClearMessage() {
        assertThatThrownBy(() -> consultations.consultation(987654321L)).isInstanceOf(TranslatableException.class)
                .hasMessage("consultation.not-found");
    }
}
