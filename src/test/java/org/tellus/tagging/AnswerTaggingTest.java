package org.tellus.tagging;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.context.ApplicationContext;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionDetails;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.ResponseFilter;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionRequest;
import org.tellus.tagging.engine.LabelledText;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A submitted answer is tagged by the background tagger with the active model, and re-tagged when the model changes. */
@IntegrationTest
class AnswerTaggingTest {

    @Autowired
    TaggingService tagging;
    @Autowired
    ResponseService responses;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ApplicationContext context;

    @Autowired
    JdbcClient jdbc;

    @Test
    void aSubmittedAnswerIsTaggedWithTheActiveModelAndReTaggedAfterAModelChange() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Tagging " + UUID.randomUUID());
        List<QuestionDetails> q = c.questions();
        long responseId = responseWithFreeText(c, "Buses are too expensive and late");

        try (ActiveModelScope scope = ActiveModelScope.open(tagging)) {
            String firstVersion = scope.before();
            AnswerThemes tagged = tagNowAndRead(responseId);
            assertThat(tagged.modelVersion()).isEqualTo(firstVersion);
            assertThat(tagged.notThemedLanguage()).isNull();
            assertThat(tagged.questionId()).isEqualTo(q.get(0).id());
            assertThat(tagged.tags()).extracting(AnswerThemes.MachineTag::themeId).contains("transport");
            assertThat(tagged.tags()).allSatisfy(tag -> assertThat(tag.confidence()).isBetween(0.0, 1.0));
            assertThat(tagged.tags().stream().filter(t -> t.themeId().equals("transport")).findFirst().orElseThrow()
                    .explanation()).containsIgnoringCase("bus");

            String secondVersion = trainAndActivateAnotherModel();
            assertThat(secondVersion).isNotEqualTo(firstVersion);
            AnswerThemes retagged = tagNowAndRead(responseId);
            assertThat(retagged.modelVersion()).isEqualTo(secondVersion);
            assertThat(retagged.tags()).extracting(AnswerThemes.MachineTag::themeId).contains("transport");

            SystemTask.runAs(Roles.OFFICER, () -> tagging.activate(firstVersion));
            assertThat(tagNowAndRead(responseId).modelVersion()).isEqualTo(firstVersion);
        }
    }

    @Test
    void anAnswerInWelshIsMarkedNotThemedRatherThanGivenEnglishThemes() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Welsh " + UUID.randomUUID());
        long responseId = responseWithFreeText(c, "Mae’r bysiau yn hwyr ac yn rhy ddrud");

        AnswerThemes welsh = tagNowAndRead(responseId);
        assertThat(welsh.notThemedLanguage()).isEqualTo("cy");
        assertThat(welsh.tags()).isEmpty();
    }

    @Test
    void anAnswersLanguageIsDetectedAtItsFirstTaggingAndKeptForEveryLaterOne() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Welsh " + UUID.randomUUID());
        long responseId = responseWithFreeText(c, "Rwy’n poeni am gost bwyd ac ynni eleni");
        try (ActiveModelScope scope = ActiveModelScope.open(tagging)) {
            long answerId = tagNowAndRead(responseId).answerId();
            assertThat(jdbc.sql("SELECT untrained_language FROM answer_language WHERE answer_id = ?")
                    .param(answerId).query(String.class).single()).isEqualTo("cy");

            String secondVersion = trainAndActivateAnotherModel();
            AnswerThemes retagged = tagNowAndRead(responseId);
            assertThat(retagged.modelVersion()).isEqualTo(secondVersion);
            assertThat(retagged.notThemedLanguage()).isEqualTo("cy");
            assertThat(retagged.tags()).isEmpty();
            assertThat(jdbc.sql("SELECT COUNT(*) FROM answer_language WHERE answer_id = ?")
                    .param(answerId).query(Integer.class).single()).isEqualTo(1);
        }
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void residentsAndFacilitatorsAreDeniedTagsAndModels() {
        assertThatThrownBy(() -> tagging.themesOfResponse(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(tagging::modelVersions).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tagging.train(List.of())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> tagging.activate("x")).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void activatingAnUnknownVersionIsRefusedClearly() {
        assertThatThrownBy(() -> tagging.activate("no-such-version")).hasMessage("tagging.model.not-found");
        assertThat(tagging.modelVersions()).filteredOn(ModelSummary::active).hasSize(1);
    }

    /** Trains a small model on two officers' examples and makes it the active one; returns its version. */
    private String trainAndActivateAnotherModel() {
        return SystemTask.runAs(Roles.OFFICER, () -> {
            ModelSummary trained = tagging.train(List.of(
                    new LabelledText("o1", "The potholes on my road need fixing", Set.of("transport")),
                    new LabelledText("o2", "More bins emptied more often please", Set.of("clean-streets"))));
            tagging.activate(trained.version());
            return trained.version();
        });
    }

    /** A resident's response to the consultation with this free-text answer; returns the response's id. */
    private long responseWithFreeText(ConsultationDetails c, String text) {
        List<QuestionDetails> q = c.questions();
        SystemTask.runAs(Roles.RESIDENT, () -> responses.submit(new SubmissionRequest(c.id(), UUID.randomUUID().toString(),
                List.of(AnswerInput.text(q.get(0).id(), text),
                        AnswerInput.options(q.get(1).id(), List.of(q.get(1).options().getFirst().id()), null),
                        AnswerInput.number(q.get(3).id(), 3)), Map.of(), false, Channel.ONLINE)));
        return SystemTask.runAs(Roles.OFFICER,
                () -> responses.responses(c.id(), ResponseFilter.none(), 0, 1).getFirst().id());
    }

    /** Runs the tagger as its sweep would (the background workers are off in tests) and reads the answer's themes. */
    private AnswerThemes tagNowAndRead(long responseId) {
        TaggingOnDemand.tagPending(context);
        List<AnswerThemes> themes = SystemTask.runAs(Roles.OFFICER, () -> tagging.themesOfResponse(responseId));
        assertThat(themes).as("themes of the free-text answer").hasSize(1);
        return themes.getFirst();
    }
}
