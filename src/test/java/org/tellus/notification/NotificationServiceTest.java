package org.tellus.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.RunAs;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.NetworkSurveyFixtures;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;
import org.tellus.network.forum.PostHidden;
import org.tellus.network.forum.ReplyPosted;
import org.tellus.report.ReportService;
import org.tellus.report.ReportShaping;
import org.tellus.report.WeDidStatus;
import org.tellus.response.HearBack;
import org.tellus.response.ResponseService;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tellus.network.NetworkFixtures.as;

/** What people are told, and that each person reads and marks only their own notifications. */
@IntegrationTest
class NotificationServiceTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AccountService accounts;
    @Autowired
    NetworkService networks;
    @Autowired
    ConsultationService consultations;
    @Autowired
    TransactionTemplate transaction;
    @Autowired
    ReportService reports;
    @Autowired
    ResponseService responses;
    @Autowired
    JdbcTemplate jdbc;

    /**
     * Publishes as the services do, inside a transaction: the registry stores the event with it, and the listener
     * writes the notification after the commit on a thread of its own, hence the waits below.
     */
    private void publish(Object event) {
        transaction.executeWithoutResult(status -> events.publishEvent(event));
    }

    private List<NotificationDetails> of(UserSummary user) {
        return as(user, () -> notifications.myNotifications(0, 50));
    }

    @Test
    void aReplyNotifiesTheOtherParticipantsOnly() {
        UserSummary author = NetworkFixtures.user(accounts, Roles.RESIDENT);
        UserSummary earlier = NetworkFixtures.user(accounts, Roles.RESIDENT);
        UserSummary bystander = NetworkFixtures.user(accounts, Roles.RESIDENT);
        publish(new ReplyPosted(1, 2, 3, "Bus passes", author.id(), Set.of(earlier.id()), "networks/x/threads/2"));
        await().untilAsserted(() -> assertThat(of(earlier)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.REPLY);
            assertThat(n.messageKey()).isEqualTo("notification.reply");
            assertThat(n.params()).containsExactly("Bus passes");
            assertThat(n.link()).isEqualTo("networks/x/threads/2");
            assertThat(n.read()).isFalse();
        }));
        assertThat(of(author)).isEmpty();
        assertThat(of(bystander)).isEmpty();
    }

    @Test
    void theAuthorOfAHiddenPostHearsWhy() {
        UserSummary author = NetworkFixtures.user(accounts, Roles.RESIDENT);
        publish(new PostHidden(1, 2, 3, author.id(), "Personal details", "networks/x/threads/2"));
        await().untilAsserted(() -> assertThat(of(author)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.POST_HIDDEN);
            assertThat(n.params()).containsExactly("Personal details");
        }));
    }

    @Test
    void membershipDecisionsAreNotified() {
        UserSummary facilitator = NetworkFixtures.user(accounts, Roles.FACILITATOR);
        UserSummary asker = NetworkFixtures.user(accounts, Roles.RESIDENT);
        UserSummary invited = NetworkFixtures.user(accounts, Roles.RESIDENT);
        NetworkDetails onRequest = NetworkFixtures.network(networks, Visibility.ON_REQUEST, facilitator);
        NetworkDetails hidden = NetworkFixtures.network(networks, Visibility.INVITATION_ONLY, facilitator);
        as(asker, () -> networks.requestToJoin(onRequest.id(), "Please"));
        as(facilitator, () -> networks.approve(onRequest.id(), asker.id(), "Welcome"));
        // Each decision's notification is written after its commit on another thread: wait for it before the next.
        await().until(() -> of(asker).size() == 1);
        as(facilitator, () -> networks.remove(onRequest.id(), asker.id(), "Spam links"));
        as(facilitator, () -> networks.invite(hidden.id(), invited.email()));
        await().until(() -> of(asker).size() == 2 && of(invited).size() == 1);
        assertThat(of(asker)).extracting(NotificationDetails::messageKey)
                .containsExactly("notification.membership.removed-message", "notification.membership.approved-message");
        assertThat(of(asker).getFirst().params()).containsExactly(onRequest.name(), "Spam links");
        assertThat(of(asker).getFirst().link()).isEqualTo("networks");
        assertThat(of(invited)).singleElement().satisfies(n -> {
            assertThat(n.messageKey()).isEqualTo("notification.membership.invited");
            assertThat(n.link()).isEqualTo("networks/" + hidden.slug());
        });
    }

    @Test
    void aNewNetworkSurveyNotifiesItsMembers() {
        UserSummary member = NetworkFixtures.user(accounts, Roles.RESIDENT);
        UserSummary outsider = NetworkFixtures.user(accounts, Roles.RESIDENT);
        NetworkDetails network = NetworkFixtures.network(networks, Visibility.OPEN, null);
        as(member, () -> networks.join(network.id()));
        ConsultationDetails survey = NetworkSurveyFixtures.open(consultations, "Our survey", Set.of(network.id()));
        await().untilAsserted(() -> assertThat(of(member)).singleElement().satisfies(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.NETWORK_SURVEY);
            assertThat(n.link()).isEqualTo("consultations/" + survey.id());
            assertThat(n.params()).containsExactly("Our survey");
        }));
        assertThat(of(outsider)).isEmpty();
    }

    /** The members of the networks a survey was sent to hear when its results are published and when "we did" changes. */
    @Test
    void aNetworkSurveysMembersHearOfItsResultsAndOfWhatWasDone() {
        UserSummary member = NetworkFixtures.user(accounts, Roles.RESIDENT);
        UserSummary outsider = NetworkFixtures.user(accounts, Roles.RESIDENT);
        NetworkDetails network = NetworkFixtures.network(networks, Visibility.OPEN, null);
        as(member, () -> networks.join(network.id()));
        ConsultationDetails survey = NetworkSurveyFixtures.open(consultations, "Our survey", Set.of(network.id()));
        await().until(() -> of(member).size() == 1); // "a new survey for your network"
        SystemTask.runAs(Roles.OFFICER, () -> {
            consultations.close(survey.id());
            reports.saveDraft(survey.id(), new ReportShaping("What we heard.", Map.of(), Map.of(), Set.of()));
            reports.publish(survey.id());
        });
        await().untilAsserted(() -> assertThat(of(member)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.RESULTS);
            assertThat(n.messageKey()).isEqualTo("notification.results-published");
            assertThat(n.link()).isEqualTo("consultations/" + survey.id() + "/results");
            assertThat(n.params()).containsExactly("Our survey");
        }));
        SystemTask.runAs(Roles.OFFICER, () -> reports.saveWeDid(survey.id(), "healthy-happy", "A new clinic",
                WeDidStatus.PLANNED, LocalDate.of(2027, 1, 1)));
        await().untilAsserted(() -> assertThat(of(member)).extracting(NotificationDetails::messageKey)
                .contains("notification.we-did-updated"));
        assertThat(of(outsider)).isEmpty();
    }

    /**
     * Residents who ticked "tell me the results" hear of the publication and of a "we did" change: a signed-in one
     * in the app, an anonymous one by an email in the outbox, in the language they answered in.
     */
    @Test
    void residentsWhoAskedToHearBackAreToldInTheAppOrByEmail() {
        UserSummary resident = NetworkFixtures.user(accounts, Roles.RESIDENT);
        UserSummary didNotAsk = NetworkFixtures.user(accounts, Roles.RESIDENT);
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Hear back " + UUID.randomUUID());
        String address = "hear-" + UUID.randomUUID() + "@example.org";
        as(resident, () -> Fixtures.submitFreeText(responses, jdbc, c, "More buses", null, new HearBack(null, "en")));
        as(didNotAsk, () -> Fixtures.submitFreeText(responses, jdbc, c, "More trains", null, null));
        RunAs.authentication(new AnonymousAuthenticationToken("test", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")),
                () -> Fixtures.submitFreeText(responses, jdbc, c, "More trams", null, new HearBack(address, "cy")));
        SystemTask.runAs(Roles.OFFICER, () -> {
            consultations.close(c.id());
            reports.saveDraft(c.id(), new ReportShaping("What we heard.", Map.of(), Map.of(), Set.of()));
            reports.publish(c.id());
        });
        String link = "consultations/" + c.id() + "/results";
        await().untilAsserted(() -> assertThat(of(resident)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.RESULTS);
            assertThat(n.messageKey()).isEqualTo("notification.results-published");
            assertThat(n.link()).isEqualTo(link);
        }));
        await().untilAsserted(() -> assertThat(mails(address)).singleElement().satisfies(mail -> {
            assertThat(mail.get("subject")).isEqualTo("Canlyniadau “" + c.title() + "”");
            assertThat((String) mail.get("body")).contains("http://localhost:8080/" + link);
        }));
        assertThat(of(didNotAsk)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_hear_back WHERE consultation_id = ? AND results_sent_at IS NULL",
                Long.class, c.id())).as("the grace period of the address has started").isZero();

        SystemTask.runAs(Roles.OFFICER, () -> reports.saveWeDid(c.id(), "healthy-happy", "A new clinic",
                WeDidStatus.PLANNED, LocalDate.of(2027, 1, 1)));
        await().untilAsserted(() -> assertThat(of(resident)).extracting(NotificationDetails::messageKey)
                .contains("notification.we-did-updated"));
        await().untilAsserted(() -> assertThat(mails(address)).hasSize(2).anySatisfy(mail ->
                assertThat(mail.get("subject")).isEqualTo("Newyddion am yr hyn a wnaethom ar ôl “" + c.title() + "”")));
    }

    private List<Map<String, Object>> mails(String address) {
        return jdbc.queryForList("SELECT subject, body, recipient_id FROM mail_outbox WHERE to_address = ? ORDER BY id", address);
    }

    @Test
    void eachPersonReadsAndMarksOnlyTheirOwn() {
        UserSummary owner = NetworkFixtures.user(accounts, Roles.RESIDENT);
        UserSummary other = NetworkFixtures.user(accounts, Roles.RESIDENT);
        publish(new PostHidden(1, 2, 3, owner.id(), "One", "networks"));
        publish(new PostHidden(4, 2, 3, owner.id(), "Two", "networks"));
        await().until(() -> of(owner).size() == 2);
        long first = of(owner).getLast().id();
        assertThat(as(owner, () -> notifications.unreadCount())).isEqualTo(2);
        as(other, () -> {
            assertThatThrownBy(() -> notifications.markRead(first)).hasMessage("notification.not-found");
            assertThat(notifications.markAllRead()).isZero();
            assertThat(notifications.myNotifications(0, 10)).isEmpty();
        });
        assertThat(as(owner, () -> notifications.unreadCount())).isEqualTo(2);
        assertThat(as(owner, () -> notifications.markRead(first)).read()).isTrue();
        assertThat(as(owner, () -> notifications.unreadCount())).isEqualTo(1);
        assertThat(as(owner, () -> notifications.markAllRead())).isEqualTo(1);
        assertThat(as(owner, () -> notifications.unreadCount())).isZero();
        assertThat(as(owner, () -> notifications.countMyNotifications())).isEqualTo(2);
    }

    @Test
    void notificationsAreListedNewestFirstInPages() {
        UserSummary owner = NetworkFixtures.user(accounts, Roles.RESIDENT);
        for (int i = 0; i < 5; i++) {
            publish(new PostHidden(i, 2, 3, owner.id(), "Reason " + i, "networks"));
            int written = i + 1;
            // One at a time, so that they are written in the order published.
            await().until(() -> of(owner).size() == written);
        }
        List<NotificationDetails> page = as(owner, () -> notifications.myNotifications(2, 2));
        assertThat(page).extracting(n -> n.params().getFirst()).containsExactly("Reason 2", "Reason 1");
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsHaveNoNotifications() {
        assertThatThrownBy(() -> notifications.unreadCount()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.myNotifications(0, 10)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.markRead(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.markAllRead()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.setDigestEnabled(false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> notifications.digestEnabled()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void theMemberListForNotifyingIsForSystemTasksOnly() {
        UserSummary facilitator = NetworkFixtures.user(accounts, Roles.FACILITATOR);
        NetworkDetails network = NetworkFixtures.network(networks, Visibility.OPEN, facilitator);
        as(facilitator, () -> assertThatThrownBy(() -> networks.memberIds(Set.of(network.id())))
                .isInstanceOf(AccessDeniedException.class));
        assertThat(SystemTask.runAs(Roles.ADMIN, () -> networks.memberIds(Set.of(network.id())))).isEmpty();
    }
}
