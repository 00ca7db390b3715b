package org.tellus.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.notification.ui.NotificationsView;
import org.tellus.response.ui.OpenConsultationsView;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The navigation comes from the views' @Menu, filtered by what the user may open; features add to the header. */
@IntegrationTest
class MainLayoutTest extends SpringBrowserlessTest {

    private List<String> menu() {
        return $(SideNavItem.class).all().stream().map(SideNavItem::getLabel).toList();
    }

    @Test
    @WithAnonymousUser
    void aVisitorSeesOnlyThePublicPagesAndSignIn() {
        navigate(OpenConsultationsView.class);
        assertThat(menu()).containsExactly("Have your say", "Privacy");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains("login", "register");
    }

    @Test
    @WithMockUser(username = "resident@tellus.demo", roles = Roles.RESIDENT)
    void aResidentSeesNetworksAndTheNotificationBellButNoOfficerPage() {
        navigate(OpenConsultationsView.class);
        assertThat(menu()).containsExactly("Have your say", "Networks", "My data", "Privacy");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).doesNotContain("login");
        // The bell: the notification feature's header item, a link to its page.
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getHref).contains(NotificationsView.ROUTE);
    }

    @Test
    @WithMockUser(username = "officer@tellus.demo", roles = Roles.OFFICER)
    void anOfficerSeesTheOfficerPagesInOrder() {
        navigate(OpenConsultationsView.class);
        assertThat(menu()).containsExactly("Have your say", "Networks", "Consultations", "What people said", "Themes",
                "Theme models", "My data", "Privacy");
    }

    @Test
    @WithMockUser(username = "admin@tellus.demo", roles = Roles.ADMIN)
    void anAdministratorAlsoSeesTheAdministrationPages() {
        navigate(OpenConsultationsView.class);
        assertThat(menu()).contains("Moderation", "Users", "Manage networks", "Audit log");
    }
}
