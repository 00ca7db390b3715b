package org.tellus.notification;

import org.junit.jupiter.api.Test;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.core.task.TaskExecutor;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.TellusApplication;
import org.tellus.TestDatabase;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.forum.ReplyPosted;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An event committed with its transaction reaches its listener even when the process stops before the listener
 * has finished: Spring Modulith's registry keeps it in EVENT_PUBLICATION and the next start publishes it again
 * (decision 015). Two application contexts on the test database, one after the other, stand for the two runs.
 */
class EventsSurviveACrashTest {

    @Test
    void aReplyCommittedBeforeACrashIsNotifiedAfterTheRestart() {
        String link = "networks/crash/threads/" + UUID.randomUUID();
        UserSummary participant;
        try (ConfigurableApplicationContext crashed = start(ListenersNeverFinish.class)) {
            participant = NetworkFixtures.user(crashed.getBean(AccountService.class), Roles.RESIDENT);
            ReplyPosted reply = new ReplyPosted(1, 2, 3, "Bus passes", 0, Set.of(participant.id()), link);
            crashed.getBean(TransactionTemplate.class).executeWithoutResult(status -> crashed.publishEvent(reply));

            assertThat(ListenersNeverFinish.dropped).as("the listener was started, and is lost with the process")
                    .isNotEmpty();
            assertThat(outstanding(crashed, link)).isEqualTo(1);
            assertThat(notified(crashed, participant, link)).isFalse();
        }
        try (ConfigurableApplicationContext restarted = start()) {
            await().until(() -> notified(restarted, participant, link));
            // Delivered publications are deleted (completion-mode=delete), so the table does not grow.
            await().until(() -> outstanding(restarted, link) == 0);
        }
    }

    private static long outstanding(ConfigurableApplicationContext context, String link) {
        return context.getBean(JdbcTemplate.class).queryForObject(
                "SELECT COUNT(*) FROM EVENT_PUBLICATION WHERE SERIALIZED_EVENT LIKE ? AND COMPLETION_DATE IS NULL",
                Long.class, "%" + link + "%");
    }

    private static boolean notified(ConfigurableApplicationContext context, UserSummary user, String link) {
        NotificationService notifications = context.getBean(NotificationService.class);
        return NetworkFixtures.as(user, () -> notifications.myNotifications(0, 50)).stream()
                .anyMatch(n -> link.equals(n.link()));
    }

    /** The application without its web layer and background sweeps, on the test database, plus {@code extra}. */
    private static ConfigurableApplicationContext start(Class<?>... extra) {
        List<Class<?>> sources = new ArrayList<>(List.of(TellusApplication.class, TestDatabase.class));
        sources.addAll(List.of(extra));
        return new SpringApplicationBuilder(sources.toArray(Class<?>[]::new))
                .web(WebApplicationType.NONE)
                .run("--spring.profiles.active=test", "--tellus.demo-data=false",
                        "--spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        "--tellus.tagging.sweep-delay-ms=" + Long.MAX_VALUE / 2,
                        "--tellus.tagging.retrain-poll-ms=" + Long.MAX_VALUE / 2,
                        "--tellus.insight.summary.sweep-ms=" + Long.MAX_VALUE / 2,
                        "--spring.main.banner-mode=off");
    }

    /**
     * The crash: the executor of the asynchronous listeners takes each listener's work and never runs it, as a
     * process that dies after the commit never finishes its listeners. Not a Spring component, so that only the
     * first context has it.
     */
    static class ListenersNeverFinish {

        static final List<Runnable> dropped = new CopyOnWriteArrayList<>();

        @Bean
        TaskExecutor taskExecutor() {
            return dropped::add;
        }
    }
}
