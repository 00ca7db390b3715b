package org.tellus.response.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tellus.base.ui.Formats;
import org.tellus.response.ResponseService;

/** "Thank you": proof that the response arrived, with a reference to quote. */
@Route("confirmation/:reference")
@AnonymousAllowed
public class ConfirmationView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String REFERENCE = "reference";

    private final ResponseService responses;

    public ConfirmationView(ResponseService responses) {
        this.responses = responses;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String reference = event.getRouteParameters().get(REFERENCE).orElse("");
        responses.receipt(reference).ifPresentOrElse(receipt -> {
            removeAll();
            H1 heading = new H1(getTranslation("confirmation.title"));
            Paragraph what = new Paragraph(getTranslation("confirmation.received", receipt.consultationTitle(),
                    Formats.dateTime(receipt.submittedAt(), getLocale())));
            Paragraph ref = new Paragraph(getTranslation("confirmation.reference"));
            Span code = new Span(receipt.reference());
            code.addClassName("tellus-reference");
            ref.add(new Text(" "), code);
            ref.setId("reference");
            RouterLink more = new RouterLink(getTranslation("confirmation.more"), OpenConsultationsView.class);
            Anchor erase = org.tellus.base.ui.RouteLinks.to(getTranslation("privacy.link.confirmation"),
                    "privacy/erase-response");
            // beside text, so underlined: not told apart by colour alone (WCAG 1.4.1, axe's link-in-text-block)
            more.addClassName("tellus-underlined");
            erase.addClassName("tellus-underlined");
            add(heading, what, ref, new Paragraph(getTranslation("confirmation.next")), more, new Paragraph(erase));
        }, () -> event.rerouteToError(NotFoundException.class));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("confirmation.title") + " | " + getTranslation("app.name");
    }
}
