package org.tellus.response;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.tellus.AccessRules;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionDetails;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightService;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Suspected floods flagged in the officer's list, and an exclusion that leaves the insight counts (decision 032). */
@IntegrationTest
class FloodSignsAndExclusionTest {

    @Autowired
    ResponseService responses;
    @Autowired
    ConsultationService consultations;
    @Autowired
    InsightService insight;
    @Autowired
    JdbcTemplate jdbc;

    private static final String FLOODER = "f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1f1";
    private static final String NEIGHBOUR = "0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a0a";

    private static SubmissionRequest answer(ConsultationDetails c, String text) {
        List<QuestionDetails> q = c.questions();
        return new SubmissionRequest(c.id(), UUID.randomUUID().toString(), List.of(AnswerInput.text(q.get(0).id(), text),
                AnswerInput.options(q.get(1).id(), List.of(q.get(1).options().getFirst().id()), null),
                AnswerInput.number(q.get(3).id(), 3)), Map.of(), false, Channel.ONLINE);
    }

    private String submit(ConsultationDetails c, String text, String origin) {
        return responses.submit(answer(c, text), origin).reference();
    }

    private Map<String, ResponseRow> rows(ConsultationDetails c) {
        return SystemTask.runAs(Roles.OFFICER, () -> responses.responses(c.id(), ResponseFilter.none(), 0, 100))
                .stream().collect(Collectors.toMap(ResponseRow::reference, Function.identity()));
    }

    private long counted(ConsultationDetails c) {
        return SystemTask.runAs(Roles.OFFICER, () -> insight.volume(c.id(), InsightFilter.none())).total();
    }

    @Test
    @WithAnonymousUser
    void manyAnswersFromOneAddressAndRepeatedTextsAreFlaggedAndOthersAreNot() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Flood " + UUID.randomUUID());
        List<String> flood = new java.util.ArrayList<>();
        for (int i = 0; i < FloodSigns.FROM_ONE_ADDRESS; i++) {
            flood.add(submit(c, "Flood answer number " + i + " about the leisure centre", FLOODER));
        }
        String copy = submit(c, "Please fix the potholes on Station Road!!", NEIGHBOUR);
        String nearCopy = submit(c, "please FIX the potholes, on   station road", null);
        String ordinary = submit(c, "The library should open on Sundays", NEIGHBOUR);

        Map<String, ResponseRow> rows = rows(c);
        assertThat(flood).allSatisfy(ref -> assertThat(rows.get(ref).manyFromOneAddress()).isTrue());
        assertThat(flood).allSatisfy(ref -> assertThat(rows.get(ref).repeatedText()).isFalse());
        assertThat(rows.get(copy).repeatedText()).isTrue();
        assertThat(rows.get(nearCopy).repeatedText()).isTrue();
        assertThat(rows.get(copy).manyFromOneAddress()).isFalse();
        assertThat(rows.get(ordinary).flagged()).isFalse();
    }

    @Test
    @WithAnonymousUser
    void anExcludedResponseLeavesTheCountsWithItsReasonAudited() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Exclude " + UUID.randomUUID());
        String kept = submit(c, "Keep the bus station open late", NEIGHBOUR);
        String bogus = submit(c, "Spam spam spam from a script", FLOODER);
        assertThat(counted(c)).isEqualTo(2);
        long id = rows(c).get(bogus).id();

        SystemTask.runAs(Roles.OFFICER, () -> responses.exclude(id, "  Script flood from one address  "));

        assertThat(counted(c)).isEqualTo(1);
        assertThat(rows(c)).containsOnlyKeys(kept);
        assertThat(SystemTask.runAs(Roles.OFFICER, () -> responses.countResponses(c.id(), ResponseFilter.none()))).isOne();
        assertThat(SystemTask.runAs(Roles.OFFICER, () -> responses.exclusionReason(id))).contains("Script flood from one address");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'response.excluded' "
                + "AND target LIKE ? AND detail = 'Script flood from one address'", Integer.class, "%" + bogus + "%")).isOne();
        assertThat(jdbc.queryForObject("SELECT status FROM response_answer WHERE response_id = ? LIMIT 1", String.class, id))
                .isEqualTo("EXCLUDED");
        // Sent again with the same key, it is not stored again nor counted again: the sender gets its receipt.
        SubmissionRequest again = jdbc.queryForObject("SELECT submission_key FROM response WHERE id = ?", String.class, id)
                .transform(key -> new SubmissionRequest(c.id(), key, answer(c, "Spam").answers(), Map.of(), false, Channel.ONLINE));
        assertThat(responses.submit(again, FLOODER).reference()).isEqualTo(bogus);
        assertThat(counted(c)).isEqualTo(1);
        // Once is enough; a reason is needed.
        assertThatThrownBy(() -> SystemTask.runAs(Roles.OFFICER, () -> responses.exclude(id, "again")))
                .isInstanceOfSatisfying(TranslatableException.class, e -> assertThat(e.key()).isEqualTo("response.exclude.not-counted"));
        long keptId = rows(c).get(kept).id();
        assertThatThrownBy(() -> SystemTask.runAs(Roles.OFFICER, () -> responses.exclude(keptId, "   ")))
                .isInstanceOfSatisfying(TranslatableException.class, e -> assertThat(e.key()).isEqualTo("response.exclude.reason"));
        assertThat(counted(c)).isEqualTo(1);
    }

    @Test
    void onlyOfficersSeeFloodSignsAndExclude() {
        AccessRules.assertRefused(List.of(
                () -> responses.exclude(1L, "flood"),
                () -> responses.exclusionReason(1L),
                () -> responses.responses(1L, ResponseFilter.none(), 0, 10)), Roles.RESIDENT, Roles.FACILITATOR);
    }
}
