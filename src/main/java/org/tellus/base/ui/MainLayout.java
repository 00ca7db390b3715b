package org.tellus.base.ui;

import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.SignInRoutes;

import java.util.List;
import java.util.Locale;

/**
 * The frame around every page: the product name (and the council's, with its contact), the language menu, navigation for the user's roles, sign in or out.
 * The navigation lists the views marked {@code @Menu} that the user may open (Vaadin filters them by the views'
 * access annotations), so the frame imports no feature. Navigation only reflects access; the services enforce it.
 */
@Layout
@AnonymousAllowed
public class MainLayout extends AppLayout implements LocaleChangeObserver {

    private final transient AuthenticationContext authentication;
    private final transient List<SignedInHeaderItem> headerItems;
    private final transient PageLanguage pageLanguage;
    private final transient List<CouncilFrame> council;
    private Locale builtFor;
    private HorizontalLayout bar;
    private SideNav nav;
    private Component footer;

    public MainLayout(AuthenticationContext authentication, List<SignedInHeaderItem> headerItems,
                      PageLanguage pageLanguage, List<CouncilFrame> council) {
        this.authentication = authentication;
        this.headerItems = headerItems;
        this.pageLanguage = pageLanguage;
        this.council = council;
        setPrimarySection(Section.NAVBAR);
        build();
    }

    /** A change of language normally reloads the page; should the locale change without one, the frame follows. */
    @Override
    public void localeChange(LocaleChangeEvent event) {
        if (!event.getLocale().equals(builtFor)) {
            remove(bar, nav, footer);
            build();
        }
    }

    private void build() {
        builtFor = getLocale();
        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel(getTranslation("layout.menu"));
        Anchor home = new Anchor("", getTranslation("app.name"));
        home.addClassName("tellus-brand");
        HorizontalLayout account = accountArea();
        HorizontalLayout brand = new HorizontalLayout(home);
        brand.setAlignItems(FlexComponent.Alignment.CENTER);
        council.forEach(c -> c.brand().ifPresent(brand::add));
        bar = new HorizontalLayout(toggle, brand, new LanguageSelector(pageLanguage), account);
        bar.setWidthFull();
        bar.setAlignItems(FlexComponent.Alignment.CENTER);
        bar.expand(brand);
        bar.addClassName("tellus-top-bar");
        // The page's header landmark, so screen reader users can jump to it and nothing sits outside a landmark.
        bar.getElement().setAttribute("role", "banner");
        addToNavbar(bar);
        nav = navigation();
        Div foot = new Div();
        council.forEach(c -> c.footer().ifPresent(foot::add));
        footer = foot;
        addToDrawer(nav, footer);
    }

    private SideNav navigation() {
        SideNav nav = new SideNav();
        nav.setLabel(getTranslation("layout.navigation"));
        // A view's @Menu title is its translation key.
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path()));
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
            headerItems.forEach(item -> area.add(item.create()));
            area.add(who, logout);
        }, () -> {
            Anchor login = new Anchor(SignInRoutes.LOGIN, getTranslation("layout.sign-in"));
            Anchor register = new Anchor(SignInRoutes.REGISTER, getTranslation("layout.register"));
            area.add(login, register);
        });
        return area;
    }
}
