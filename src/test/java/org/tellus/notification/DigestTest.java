package org.tellus.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.tellus.IntegrationTest;
import org.tellus.TestClock;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.forum.PostHidden;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tellus.network.NetworkFixtures.as;

/** The daily digest: one email per person and day in the outbox, whatever runs it twice; none for those who opt out. */
@IntegrationTest
class DigestTest {

    @Autowired
    DigestWriter digests;
    @Autowired
    TestClock clock;
    @Autowired
    OutboxSender sender;
    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    private UserSummary userWith(String... reasons) {
        UserSummary user = NetworkFixtures.user(accounts, Roles.RESIDENT);
        for (String reason : reasons) {
            notify(user, reason, "networks/carers/threads/2");
        }
        return user;
    }

    /** As the services publish: in a transaction; the notification is written after its commit on another thread. */
    private void notify(UserSummary user, String reason, String link) {
        long before = as(user, () -> notifications.countMyNotifications());
        transaction.executeWithoutResult(status -> events.publishEvent(new PostHidden(1, 2, 3, user.id(), reason, link)));
        await().until(() -> as(user, () -> notifications.countMyNotifications()) == before + 1);
    }

    private List<Map<String, Object>> outboxOf(UserSummary user) {
        return jdbc.queryForList("SELECT * FROM mail_outbox WHERE recipient_id = ? ORDER BY id", user.id());
    }

    @Test
    void oneEmailListsTheUnreadNotificationsWithLinks() {
        UserSummary user = userWith("Off topic", "Personal details");
        digests.writeDigests(LocalDate.of(2030, 1, 1));
        assertThat(outboxOf(user)).singleElement().satisfies(mail -> {
            assertThat(mail.get("to_address")).isEqualTo(user.email());
            assertThat(mail.get("subject")).isEqualTo("Tellus: 2 new notifications");
            assertThat((String) mail.get("body")).contains(user.displayName(),
                    "A facilitator hid your post. The reason: Off topic",
                    "A facilitator hid your post. The reason: Personal details",
                    "http://localhost:8080/networks/carers/threads/2", "http://localhost:8080/notifications");
            assertThat(mail.get("sent_at")).isNull();
        });
    }

    @Test
    void aRerunTheSameDayWritesNothingMore() {
        UserSummary user = userWith("One");
        LocalDate day = LocalDate.of(2030, 2, 1);
        digests.writeDigests(day);
        notify(user, "Later the same day", "networks");
        digests.writeDigests(day);
        assertThat(outboxOf(user)).hasSize(1);
    }

    @Test
    void twoInstancesAtOnceWriteOneEmail() throws Exception {
        UserSummary user = userWith("Once");
        LocalDate day = LocalDate.of(2030, 3, 1);
        Callable<Integer> run = () -> digests.writeDigests(day);
        try (ExecutorService pool = Executors.newFixedThreadPool(2)) {
            List<Future<Integer>> both = pool.invokeAll(List.of(run, run));
            for (Future<Integer> f : both) {
                f.get();
            }
        }
        assertThat(outboxOf(user)).hasSize(1);
    }

    @Test
    void theNextDigestHasOnlyWhatIsNewAndUnread() {
        UserSummary user = userWith("First");
        digests.writeDigests(LocalDate.of(2030, 4, 1));
        // What follows happens after the first digest, not in the same millisecond.
        clock.advance(Duration.ofSeconds(1));
        notify(user, "Second", "networks");
        notify(user, "Third", "networks");
        long third = as(user, () -> notifications.myNotifications(0, 1)).getFirst().id();
        as(user, () -> notifications.markRead(third));
        digests.writeDigests(LocalDate.of(2030, 4, 2));
        List<Map<String, Object>> mails = outboxOf(user);
        assertThat(mails).hasSize(2);
        assertThat((String) mails.get(1).get("body")).contains("Second").doesNotContain("First", "Third");
        digests.writeDigests(LocalDate.of(2030, 4, 3));
        assertThat(outboxOf(user)).as("nothing new, no email").hasSize(2);
    }

    @Test
    void nobodyWhoOptedOutGetsADigest() {
        UserSummary user = userWith("Quiet please");
        as(user, () -> notifications.setDigestEnabled(false));
        assertThat(as(user, () -> notifications.digestEnabled())).isFalse();
        digests.writeDigests(LocalDate.of(2030, 5, 1));
        assertThat(outboxOf(user)).isEmpty();
        as(user, () -> notifications.setDigestEnabled(true));
        digests.writeDigests(LocalDate.of(2030, 5, 1));
        assertThat(outboxOf(user)).hasSize(1);
    }

    @Test
    void theSenderDeliversPendingMailThroughAnSmtpServer() throws Exception {
        UserSummary user = userWith("Delivered");
        digests.writeDigests(LocalDate.of(2030, 7, 1));
        try (TinySmtpServer smtp = new TinySmtpServer()) {
            JavaMailSenderImpl mail = new JavaMailSenderImpl();
            mail.setHost("127.0.0.1");
            mail.setPort(smtp.port());
            assertThat(sender.sendPending(mail)).isPositive();
            assertThat(smtp.received()).anySatisfy(m -> assertThat(m).contains("To: " + user.email(),
                    "Subject: Tellus: 1 new notification"));
        }
        assertThat(outboxOf(user)).singleElement().satisfies(m -> {
            assertThat(m.get("sent_at")).isNotNull();
            assertThat(m.get("last_error")).isNull();
        });
    }

    @Test
    void aMailThatCannotBeSentStaysPendingWithTheError() {
        UserSummary user = userWith("Unsent");
        digests.writeDigests(LocalDate.of(2030, 6, 1));
        JavaMailSenderImpl unreachable = new JavaMailSenderImpl();
        unreachable.setHost("127.0.0.1");
        unreachable.setPort(1);
        sender.sendPending(unreachable);
        assertThat(outboxOf(user)).singleElement().satisfies(mail -> {
            assertThat(mail.get("sent_at")).isNull();
            assertThat(mail.get("attempts")).isEqualTo(1);
            assertThat((String) mail.get("last_error")).isNotBlank();
        });
    }

    @Test
    void someoneWhoChoseWelshGetsTheirDigestInWelsh() {
        UserSummary user = userWith("Off topic");
        as(user, () -> accounts.chooseLanguage("cy"));
        digests.writeDigests(LocalDate.of(2030, 8, 1));
        assertThat(outboxOf(user)).singleElement().satisfies(mail -> {
            assertThat(mail.get("subject")).isEqualTo("Tellus: 1 hysbysiad newydd");
            assertThat((String) mail.get("body")).contains("Helo " + user.displayName(),
                    "Cuddiodd hwylusydd eich neges. Y rheswm: Off topic", "Dyma beth sy’n newydd");
        });
    }
}
