package org.tellus.privacy.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tellus.base.ui.RouteLinks;

/** Shown once an account is erased and its session ended. */
@Route(AccountErasedView.ROUTE)
@AnonymousAllowed
public class AccountErasedView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "privacy/erased";

    public AccountErasedView() {
        addClassName("tellus-page");
        add(new H1(getTranslation("privacy.erased.title")), new Paragraph(getTranslation("privacy.erased.text")),
                new Paragraph(RouteLinks.to(getTranslation("privacy.erased.home"), "")));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.erased.title") + " | " + getTranslation("app.name");
    }
}
