package org.tellus.tagging;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
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
import org.tellus.tagging.engine.ThemeModel;
import org.tellus.tagging.engine.ThemeTag;
import org.tellus.tagging.engine.Vectors;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

/** Each answer is embedded once, when first tagged; re-tagging after a model change reads the stored vector. */
@IntegrationTest
class StoredVectorsTest {

    @Autowired
    TaggingService tagging;
    @Autowired
    ResponseService responses;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ActiveModel activeModel;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aSubmittedAnswersVectorIsStoredOnceAndReusedByTheReTagAfterAModelChange() {
        // Under the fixture's 50-character limit for the free-text question, and unique to this test.
        String text = "Buses late, fares up " + UUID.randomUUID().toString().substring(0, 8);
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Vectors " + UUID.randomUUID());
        SystemTask.runAs(Roles.RESIDENT, () -> responses.submit(new SubmissionRequest(c.id(), UUID.randomUUID().toString(),
                answers(c, text), Map.of(), false, Channel.ONLINE)));
        long responseId = SystemTask.runAs(Roles.OFFICER,
                () -> responses.responses(c.id(), ResponseFilter.none(), 0, 1).getFirst().id());
        try (ActiveModelScope scope = ActiveModelScope.open(tagging)) {
            taggedFromStoredVectorsAfterAModelChange(responseId, text);
        }
    }

    private void taggedFromStoredVectorsAfterAModelChange(long responseId, String text) {
        ThemeModel first = activeModel.get();
        AnswerThemes tagged = tagNowAndRead(responseId);
        assertThat(tagged.modelVersion()).isEqualTo(first.version());

        // tagged from text at first: the stored vector is the model's vector of the text, and the tags are its tags
        List<Map<String, Object>> rows = vectorRows(tagged.answerId());
        assertThat(rows).hasSize(1);
        assertThat(rows.getFirst().get("model")).isEqualTo(first.embeddingModel().orElseThrow());
        assertThat(Vectors.fromBytes((byte[]) rows.getFirst().get("vector"))).containsExactly(first.embed(text));
        assertSameTags(tagged, first.read(text).tags());
        Timestamp madeAt = (Timestamp) rows.getFirst().get("created_at");

        // a stand-in vector (of another text) proves the re-tag reads the stored one and does not embed again
        float[] standIn = first.embed("My landlord keeps putting the rent up");
        jdbc.update("UPDATE answer_embedding SET vector = ? WHERE answer_id = ?", Vectors.toBytes(standIn), tagged.answerId());
        String second = SystemTask.runAs(Roles.OFFICER, () -> {
            ModelSummary trained = tagging.train(List.of(
                    new LabelledText("o1", "The potholes on my road need fixing", Set.of("transport")),
                    new LabelledText("o2", "Rents are far too high", Set.of("housing"))));
            tagging.activate(trained.version());
            return trained.version();
        });
        AnswerThemes retagged = tagNowAndRead(responseId);
        assertThat(retagged.modelVersion()).isEqualTo(second);
        ThemeModel secondModel = activeModel.get();
        assertThat(secondModel.version()).isEqualTo(second);
        assertSameTags(retagged, secondModel.read(text, standIn).tags());
        List<Map<String, Object>> after = vectorRows(tagged.answerId());
        assertThat(after).hasSize(1);
        assertThat(after.getFirst().get("created_at")).isEqualTo(madeAt);
        assertThat(Vectors.fromBytes((byte[]) after.getFirst().get("vector"))).containsExactly(standIn);
    }

    private List<Map<String, Object>> vectorRows(long answerId) {
        return jdbc.queryForList("SELECT model, vector, created_at FROM answer_embedding WHERE answer_id = ?", answerId);
    }

    private static void assertSameTags(AnswerThemes stored, List<ThemeTag> expected) {
        assertThat(stored.tags()).extracting(AnswerThemes.MachineTag::themeId)
                .containsExactlyElementsOf(expected.stream().map(ThemeTag::themeId).toList());
        for (int i = 0; i < expected.size(); i++) {
            assertThat(stored.tags().get(i).confidence()).isCloseTo(expected.get(i).confidence(), within(1e-9));
        }
    }

    /** Runs the tagger as its sweep would (the background workers are off in tests) and reads the answer's themes. */
    private AnswerThemes tagNowAndRead(long responseId) {
        TaggingOnDemand.tagPending(context);
        List<AnswerThemes> themes = SystemTask.runAs(Roles.OFFICER, () -> tagging.themesOfResponse(responseId));
        assertThat(themes).as("themes of the free-text answer").hasSize(1);
        return themes.getFirst();
    }

    /** The required answers of the fixture's consultation, with this free text. */
    private static List<AnswerInput> answers(ConsultationDetails c, String text) {
        List<QuestionDetails> q = c.questions();
        return List.of(AnswerInput.text(q.get(0).id(), text),
                AnswerInput.options(q.get(1).id(), List.of(q.get(1).options().getFirst().id()), null),
                AnswerInput.number(q.get(3).id(), 3));
    }
}
