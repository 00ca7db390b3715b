package org.tellus.response;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.tellus.AccessRules;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.TestClock;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.RunAs;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.network.NetworkFixtures;

import java.time.Duration;
import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** "Tell me the results": who is stored, what is refused, and that an anonymous resident's address does not stay. */
@IntegrationTest
class HearBackTest {

    @Autowired
    ResponseService responses;
    @Autowired
    HearBackService hearBack;
    @Autowired
    HearBackRetention retention;
    @Autowired
    ConsultationService consultations;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TestClock clock;

    private ConsultationDetails consultation() {
        return Fixtures.openConsultationWithEveryQuestionType(consultations, "Hear back " + UUID.randomUUID());
    }

    private SubmissionRequest ticked(ConsultationDetails c, String email) {
        return ResponseServiceTest.valid(c, UUID.randomUUID().toString(), Channel.ONLINE).withHearBack(new HearBack(email, "cy"));
    }

    @Test
    void anAccountOrAnAnonymousAddressIsKeptOnceEach() {
        ConsultationDetails c = consultation();
        UserSummary resident = NetworkFixtures.user(accounts, Roles.RESIDENT);
        NetworkFixtures.as(resident, () -> responses.submit(ticked(c, "ignored@example.org")));
        NetworkFixtures.as(resident, () -> responses.submit(ticked(c, null)));
        anonymously(() -> {
            responses.submit(ticked(c, " Someone@Example.org "));
            responses.submit(ticked(c, "someone@example.org"));
            responses.submit(ResponseServiceTest.valid(c, UUID.randomUUID().toString(), Channel.ONLINE));
        });
        List<HearBackRecipient> recipients = SystemTask.runAs(Roles.ADMIN, () -> hearBack.recipients(c.id()));
        assertThat(recipients).containsExactlyInAnyOrder(new HearBackRecipient(resident.id(), null, null),
                new HearBackRecipient(null, "someone@example.org", "cy"));
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_hear_back WHERE email = 'ignored@example.org'", Long.class))
                .as("a signed-in resident's typed address is not kept").isZero();
    }

    @Test
    void anAnonymousResidentWithoutAPlausibleAddressIsRefusedAndNothingIsStored() {
        ConsultationDetails c = consultation();
        for (String bad : new String[]{null, "", "not an address", "a@b", "x".repeat(310) + "@example.org"}) {
            assertThatThrownBy(() -> anonymously(() -> responses.submit(ticked(c, bad))))
                    .isInstanceOf(TranslatableException.class).hasMessage("response.hear-back.email-invalid");
        }
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response WHERE consultation_id = ?", Long.class, c.id())).isZero();
    }

    @Test
    void anOfficerEnteringAPaperResponseSignsNobodyUp() {
        ConsultationDetails c = consultation();
        SystemTask.runAs(Roles.OFFICER, () -> responses.enterOnBehalf(
                ResponseServiceTest.valid(c, UUID.randomUUID().toString(), Channel.PAPER).withHearBack(new HearBack("paper@example.org", "en"))));
        assertThat(SystemTask.runAs(Roles.ADMIN, () -> hearBack.recipients(c.id()))).isEmpty();
    }

    @Test
    void anAnonymousAddressIsDeletedNinetyDaysAfterTheResultsWereSent() {
        ConsultationDetails sent = consultation();
        ConsultationDetails notYet = consultation();
        UserSummary resident = NetworkFixtures.user(accounts, Roles.RESIDENT);
        anonymously(() -> {
            responses.submit(ticked(sent, "sent@example.org"));
            responses.submit(ticked(notYet, "waiting@example.org"));
        });
        NetworkFixtures.as(resident, () -> responses.submit(ticked(sent, null)));
        SystemTask.runAs(Roles.ADMIN, () -> hearBack.resultsSent(sent.id()));

        clock.advance(Duration.ofDays(89));
        retention.forget();
        assertThat(emails(sent)).containsExactly("sent@example.org");
        clock.advance(Duration.ofDays(2));
        retention.forget();
        assertThat(emails(sent)).as("gone after the grace period").isEmpty();
        assertThat(SystemTask.runAs(Roles.ADMIN, () -> hearBack.recipients(sent.id())))
                .as("an account is no address to forget").containsExactly(new HearBackRecipient(resident.id(), null, null));
        assertThat(emails(notYet)).as("results never sent: still waiting for them").containsExactly("waiting@example.org");
    }

    @Test
    void onlyTheSystemAsksWhoWantsToHearBack() {
        AccessRules.assertRefused(List.of(() -> hearBack.recipients(1), () -> hearBack.resultsSent(1)),
                Roles.RESIDENT, Roles.FACILITATOR, Roles.OFFICER);
    }

    /** As a visitor who is not signed in. */
    static void anonymously(Runnable work) {
        RunAs.authentication(new AnonymousAuthenticationToken("test", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")), work);
    }

    private List<String> emails(ConsultationDetails c) {
        return jdbc.queryForList("SELECT email FROM response_hear_back WHERE consultation_id = ? AND email IS NOT NULL",
                String.class, c.id());
    }
}
