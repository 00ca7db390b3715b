package org.tellus.review;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.response.ResponseService;
import org.tellus.tagging.ActiveModelScope;
import org.tellus.tagging.TaggingService;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A retraining whose candidate is honestly worse is not promoted: the officer's decisions that the candidate
 * learns from contradict the held-out ones (buses filed under clean streets, bins under transport), so the
 * candidate learns the wrong themes and the held-out decisions catch it.
 */
@IntegrationTest
@WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
class RetrainingTest {

    private static final List<String> PLACES = List.of("Hazel Grove", "Marple", "Cheadle", "Bramhall", "Reddish",
            "Heaton Moor", "Romiley", "Edgeley", "Offerton", "Brinnington");
    private static final List<String> TRANSPORT = List.of("The bus to %s is late again", "Trains from %s are always full",
            "Bus fares to %s went up too much", "We need more buses to %s", "The station at %s needs lifts");
    private static final List<String> CLEAN = List.of("Bins in %s are not emptied", "Litter everywhere in %s",
            "Fly-tipping near %s again", "The streets of %s are filthy", "Dog mess on the pavements of %s");

    @Autowired
    RetrainingService retraining;
    @Autowired
    ReviewService reviews;
    @Autowired
    TaggingService tagging;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ResponseService responses;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationContext context;

    @Test
    void aCandidateWorseOnTheHeldOutDecisionsIsKeptWithItsFiguresButNotUsed() {
        String active = tagging.activeVersion();
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Retraining " + UUID.randomUUID());
        int heldOut = 0;
        for (int i = 0; i < 200; i++) {
            boolean aboutTransport = i % 2 == 0;
            String text = String.format((aboutTransport ? TRANSPORT : CLEAN).get(i / 2 % 5), PLACES.get(i / 10 % 10));
            long answer = submit(c, text);
            String truth = aboutTransport ? "transport" : "clean-streets";
            String contradiction = aboutTransport ? "clean-streets" : "transport";
            boolean held = HeldOut.isHeldOut(answer);
            heldOut += held ? 1 : 0;
            reviews.decide(answer, Set.of(held ? truth : contradiction));
        }
        assertThat(heldOut).as("held-out decisions of this test").isGreaterThanOrEqualTo(PromotionRule.MIN_HELD_OUT);

        TrainingJob job;
        // Should the rule wrongly promote the candidate, the scope puts the model in use back for other tests.
        try (ActiveModelScope scope = ActiveModelScope.open(tagging)) {
            job = RetrainingOnDemand.runQueued(context, retraining, retraining.requestRetraining().id());
            assertThat(tagging.activeVersion()).isEqualTo(active);
        }

        assertThat(job.status()).isEqualTo(TrainingJob.Status.DONE);
        assertThat(job.outcome()).isEqualTo(TrainingOutcome.KEPT_WORSE);
        assertThat(job.candidateMicroF1()).isLessThan(job.activeMicroF1());
        assertThat(job.heldOut()).isGreaterThanOrEqualTo(heldOut);
        assertThat(retraining.versions()).anySatisfy(v -> {
            assertThat(v.model().version()).isEqualTo(job.candidateVersion());
            assertThat(v.model().active()).isFalse();
            assertThat(v.outcome()).isEqualTo(TrainingOutcome.KEPT_WORSE);
            assertThat(v.model().evaluatedOn()).isEqualTo(job.heldOut());
            assertThat(v.model().microF1()).isEqualTo(job.candidateMicroF1());
        });
        assertThat(retraining.themeFigures(job.candidateVersion())).containsKeys("transport", "clean-streets");
    }

    private long submit(ConsultationDetails c, String text) {
        return Fixtures.submitFreeText(responses, jdbc, c, text, null);
    }
}
