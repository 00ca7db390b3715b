package org.tellus.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import org.tellus.account.ui.LoginView;
import org.tellus.account.ui.RegisterView;
import org.tellus.account.ui.UsersView;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ui.ConsultationsView;
import org.tellus.insight.ui.CrossConsultationInsightView;
import org.tellus.network.forum.ui.AuditLogView;
import org.tellus.network.forum.ui.ModerationView;
import org.tellus.network.ui.AdminNetworksView;
import org.tellus.network.ui.NetworksView;
import org.tellus.notification.NotificationService;
import org.tellus.notification.ui.NotificationBell;
import org.tellus.plan.ui.ThemesView;
import org.tellus.response.ui.OpenConsultationsView;
import org.tellus.review.ui.ModelsView;

/**
 * The frame around every page: the product name, navigation for the user's roles, sign in or out.
 * Navigation only reflects access; the services enforce it.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    private final transient AuthenticationContext authentication;
    private final transient NotificationService notifications;

    public MainLayout(AuthenticationContext authentication, NotificationService notifications) {
        this.authentication = authentication;
        this.notifications = notifications;
        setPrimarySection(Section.NAVBAR);
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Anchor home = new Anchor("", getTranslation("app.name"));
        home.addClassName("tellus-brand");
        HorizontalLayout account = accountArea();
        HorizontalLayout bar = new HorizontalLayout(toggle, home, account);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(home);
        bar.addClassName("tellus-top-bar");
        // The page's header landmark, so screen reader users can jump to it and nothing sits outside a landmark.
        bar.getElement().setAttribute("role", "banner");
        addToNavbar(bar);
        addToDrawer(navigation());
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        nav.addItem(new SideNavItem(getTranslation("nav.open-consultations"), OpenConsultationsView.class));
        if (CurrentUser.email().isPresent()) {
            nav.addItem(new SideNavItem(getTranslation("nav.networks"), NetworksView.class));
        }
        if (CurrentUser.hasRole(Roles.FACILITATOR) || CurrentUser.hasRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.moderation"), ModerationView.class));
        }
        if (CurrentUser.hasRole(Roles.OFFICER) || CurrentUser.hasRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.manage-consultations"), ConsultationsView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.insight"), CrossConsultationInsightView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.themes"), ThemesView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.models"), ModelsView.class));
        }
        if (CurrentUser.hasRole(Roles.ADMIN)) {
            nav.addItem(new SideNavItem(getTranslation("nav.users"), UsersView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.manage-networks"), AdminNetworksView.class));
            nav.addItem(new SideNavItem(getTranslation("nav.audit-log"), AuditLogView.class));
        }
        return nav;
    }

    private HorizontalLayout accountArea() {
        HorizontalLayout area = new HorizontalLayout();
        area.setAlignItems(FlexComponent.Alignment.CENTER);
        CurrentUser.email().ifPresentOrElse(email -> {
            Span who = new Span(getTranslation("layout.signed-in-as", email));
            Button logout = new Button(getTranslation("layout.sign-out"), e -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            area.add(new NotificationBell(notifications), who, logout);
        }, () -> {
            Anchor login = new Anchor(LoginView.ROUTE, getTranslation("layout.sign-in"));
            Anchor register = new Anchor(RegisterView.ROUTE, getTranslation("layout.register"));
            area.add(login, register);
        });
        return area;
    }

    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        // Screen readers announce the language; Vaadin does not set it on the page by itself.
        getElement().executeJs("document.documentElement.lang = $0", getLocale().toLanguageTag());
    }
}
