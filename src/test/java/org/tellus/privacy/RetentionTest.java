package org.tellus.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.TestClock;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.network.NetworkFixtures;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionRequest;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Retention removes exactly what it says, once it is due: the consultation's equality answers, the links from its
 * responses to accounts and its drafts, nothing of another consultation, nothing else of its own; and writes it to
 * the audit trail, once.
 */
@IntegrationTest
class RetentionTest {

    @Autowired
    RetentionService retention;
    @Autowired
    RetentionJob job;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ResponseService responses;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    @Test
    void theDailyJobRemovesExactlyWhatTheRuleSaysOnceItIsDue() {
        ConsultationDetails kept = Fixtures.openConsultationWithEveryQuestionType(consultations, "Kept " + UUID.randomUUID());
        ConsultationDetails ruled = Fixtures.openConsultationWithEveryQuestionType(consultations, "Ruled " + UUID.randomUUID());
        UserSummary one = NetworkFixtures.user(accounts, Roles.RESIDENT);
        UserSummary two = NetworkFixtures.user(accounts, Roles.RESIDENT);
        NetworkFixtures.as(one, () -> responses.submit(PrivacyFixture.request(ruled, "One's words", false)));
        NetworkFixtures.as(two, () -> responses.submit(PrivacyFixture.request(ruled, "Two's words", true)));
        SystemTask.runAs(Roles.RESIDENT, () -> responses.submit(PrivacyFixture.request(ruled, "Anonymous words", false)));
        NetworkFixtures.as(one, () -> responses.submit(PrivacyFixture.request(kept, "Kept words", false)));
        NetworkFixtures.as(two, () -> responses.saveDraft(new SubmissionRequest(ruled.id(), UUID.randomUUID().toString(),
                List.of(), java.util.Map.of(), false, org.tellus.response.Channel.ONLINE)));
        SystemTask.runAs(Roles.OFFICER, () -> consultations.close(ruled.id()));
        SystemTask.runAs(Roles.ADMIN, () -> retention.setRule(ruled.id(), 2));
        int answersBefore = answers(ruled.id());

        LocalDate due = ruled.closesOn().plusMonths(2);
        moveTo(due.minusDays(1));
        assertThat(job.runOnce()).isTrue();
        assertThat(equality(ruled.id())).isEqualTo(6);

        moveTo(due);
        assertThat(job.runOnce()).isTrue();

        assertThat(equality(ruled.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response WHERE consultation_id = ? AND respondent_id IS NOT NULL",
                Integer.class, ruled.id())).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response WHERE consultation_id = ?", Integer.class, ruled.id()))
                .isEqualTo(3);
        assertThat(answers(ruled.id())).isEqualTo(answersBefore);
        assertThat(equality(kept.id())).isEqualTo(2);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response WHERE consultation_id = ? AND respondent_id = ?",
                Integer.class, kept.id(), one.id())).isOne();
        assertThat(trail(ruled)).containsExactly("6 equality answers, 2 links to accounts, 1 drafts removed");
        assertThat(SystemTask.runAs(Roles.ADMIN, retention::rules)).filteredOn(r -> r.consultationId() == ruled.id())
                .singleElement().satisfies(r -> assertThat(r.appliedAt()).isNotNull());

        // The next day's run finds nothing more, and writes nothing.
        moveTo(due.plusDays(1));
        assertThat(job.runOnce()).isTrue();
        assertThat(trail(ruled)).hasSize(1);
    }

    @Test
    void aRuleNeedsASensibleNumberOfMonths() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Months " + UUID.randomUUID());
        assertThatThrownBy(() -> SystemTask.runAs(Roles.ADMIN, () -> retention.setRule(c.id(), -1)))
                .isInstanceOf(TranslatableException.class).hasMessage("privacy.retention.months-range");
        assertThatThrownBy(() -> SystemTask.runAs(Roles.ADMIN, () -> retention.setRule(c.id(), RetentionService.MAX_MONTHS + 1)))
                .isInstanceOf(TranslatableException.class);
        SystemTask.runAs(Roles.ADMIN, () -> retention.setRule(c.id(), 0));
        SystemTask.runAs(Roles.ADMIN, () -> retention.removeRule(c.id()));
        assertThat(SystemTask.runAs(Roles.ADMIN, retention::rules)).noneMatch(r -> r.consultationId() == c.id());
    }

    private void moveTo(LocalDate day) {
        Instant target = day.atTime(12, 0).atZone(ZoneId.systemDefault()).toInstant();
        clock.advance(Duration.between(clock.instant(), target));
    }

    private int equality(long consultationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM response_equality e JOIN response r ON r.id = e.response_id "
                + "WHERE r.consultation_id = ?", Integer.class, consultationId);
    }

    private int answers(long consultationId) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id "
                + "WHERE r.consultation_id = ? AND r.status = 'SUBMITTED'", Integer.class, consultationId);
    }

    private List<String> trail(ConsultationDetails c) {
        return jdbc.queryForList("SELECT detail FROM audit_entry WHERE action = 'privacy.retention-applied' AND target = ?",
                String.class, "consultation " + c.id() + ": " + c.title());
    }
}
