package org.tellus.notification.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.ui.LoginView;
import org.tellus.base.security.Roles;
import org.tellus.network.forum.PostHidden;
import org.tellus.network.ui.NetworksView;
import org.tellus.notification.NotificationDetails;
import org.tellus.notification.NotificationService;
import org.tellus.response.ui.OpenConsultationsView;

import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/** The bell's unread count, and the notifications page: open one, mark all read, turn the digest off. */
@IntegrationTest
@WithMockUser(username = NotificationViewsTest.RESIDENT, roles = Roles.RESIDENT)
class NotificationViewsTest extends SpringBrowserlessTest {

    static final String RESIDENT = "notified-resident@example.org";

    @Autowired
    NotificationService notifications;
    @Autowired
    ApplicationEventPublisher events;
    @Autowired
    AccountService accounts;
    @Autowired
    TransactionTemplate transaction;

    /** The resident that {@code @WithMockUser} names is the test's own, made on first use. */
    @BeforeEach
    void theResident() {
        Fixtures.namedUser(accounts, RESIDENT, Roles.RESIDENT);
    }

    private String notifyTheResident(String link) {
        long resident = Fixtures.namedUser(accounts, RESIDENT, Roles.RESIDENT).id();
        String reason = "Reason " + UUID.randomUUID();
        // As the services publish: in a transaction, the notification written after its commit on another thread.
        transaction.executeWithoutResult(status -> events.publishEvent(new PostHidden(1, 2, 3, resident, reason, link)));
        // In this thread: the signed-in resident is this thread's.
        await().pollInSameThread().until(() -> notifications.myNotifications(0, 50).stream().anyMatch(n -> n.params().contains(reason)));
        return reason;
    }

    private NotificationBell bell() {
        return $(NotificationBell.class).single();
    }

    @Test
    void theBellShowsTheUnreadCountInItsName() {
        notifyTheResident("networks");
        navigate(OpenConsultationsView.class);
        long unread = notifications.unreadCount();
        assertThat(unread).isPositive();
        assertThat(bell().getElement().getTextRecursively()).isEqualTo("Notifications (" + unread + ")");
        assertThat(bell().getHref()).isEqualTo(NotificationsView.ROUTE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void theNotificationsPageOpensOneAndMarksAllRead() {
        String reason = notifyTheResident("networks");
        navigate(NotificationsView.class);
        Grid<NotificationDetails> grid = $(Grid.class).single();
        NotificationDetails newest = test(grid).getRow(0);
        assertThat(newest.params()).containsExactly(reason);
        assertThat(newest.read()).isFalse();
        test(grid).getCellComponent(0, 2).getChildren().map(Button.class::cast)
                .filter(b -> b.getText().equals("Open")).findFirst().orElseThrow().click();
        assertThat(getCurrentView()).isInstanceOf(NetworksView.class);
        assertThat(notifications.myNotifications(0, 1).getFirst().read()).isTrue();

        notifyTheResident("networks");
        navigate(NotificationsView.class);
        assertThat(bell().getElement().getTextRecursively()).isNotEqualTo("Notifications (0)");
        test($(Button.class).withText("Mark all as read").single()).click();
        assertThat(notifications.unreadCount()).isZero();
        assertThat(bell().getElement().getTextRecursively()).isEqualTo("Notifications (0)");
    }

    @Test
    void theDigestCanBeTurnedOffOnThePage() {
        navigate(NotificationsView.class);
        Checkbox digest = $(Checkbox.class).withLabel("Email me a daily digest of unread notifications").single();
        assertThat(digest.getValue()).isTrue();
        test(digest).click();
        assertThat(notifications.digestEnabled()).isFalse();
        test(digest).click();
        assertThat(notifications.digestEnabled()).isTrue();
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsHaveNoBellAndAreSentToSignIn() {
        navigate(OpenConsultationsView.class);
        assertThat($(NotificationBell.class).exists()).isFalse();
        try {
            navigate("notifications", NotificationsView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        assertThat(getCurrentView()).isInstanceOf(LoginView.class);
    }
}
