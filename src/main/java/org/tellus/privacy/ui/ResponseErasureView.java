package org.tellus.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tellus.abuse.ClientAddress;
import org.tellus.base.TranslatableException;
import org.tellus.base.ui.Formats;
import org.tellus.privacy.PrivacyService;
import org.tellus.response.SubmissionReceipt;

import java.util.Locale;

/**
 * Anyone who answered without an account asks for their response to be erased with its confirmation reference:
 * first the response is found and shown (consultation and time only), then erased once they confirm.
 */
@Route(ResponseErasureView.ROUTE)
@AnonymousAllowed
public class ResponseErasureView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "privacy/erase-response";

    private final transient PrivacyService privacy;
    private final TextField reference = new TextField();
    /** The live region where what was found, and what was done, is announced. */
    private final Div outcome = new Div();

    public ResponseErasureView(PrivacyService privacy) {
        this.privacy = privacy;
        addClassName("tellus-page");
        reference.setLabel(getTranslation("privacy.erase-response.reference"));
        reference.setHelperText(getTranslation("privacy.erase-response.reference-help"));
        reference.setId("erase-reference");
        reference.setMaxLength(20);
        Button find = new Button(getTranslation("privacy.erase-response.find"), e -> find());
        find.setId("find-response");
        outcome.setId("erase-outcome");
        outcome.getElement().setAttribute("aria-live", "polite");
        add(new H1(getTranslation("privacy.erase-response.title")),
                new Paragraph(getTranslation("privacy.erase-response.intro")), reference, new Paragraph(find), outcome);
    }

    private void find() {
        outcome.removeAll();
        String typed = reference.getValue().strip().toUpperCase(Locale.ROOT);
        try {
            privacy.responseToErase(typed, ClientAddress.current()).ifPresentOrElse(this::askToConfirm,
                    () -> outcome.add(new Paragraph(getTranslation("privacy.erase-response.not-found"))));
        } catch (TranslatableException refused) {
            outcome.add(new Paragraph(getTranslation(refused.key(), refused.params())));
        }
    }

    private void askToConfirm(SubmissionReceipt receipt) {
        Paragraph found = new Paragraph(getTranslation("privacy.erase-response.found", receipt.consultationTitle(),
                Formats.dateTime(receipt.submittedAt(), getLocale())));
        Button erase = new Button(getTranslation("privacy.erase-response.confirm"), e -> erase(receipt.reference()));
        erase.setId("confirm-erase-response");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(getTranslation("privacy.erase-response.cancel"), e -> outcome.removeAll());
        outcome.add(found, new Paragraph(getTranslation("privacy.erase-response.what")), new Paragraph(erase, cancel));
    }

    private void erase(String ref) {
        outcome.removeAll();
        try {
            boolean erased = privacy.eraseResponse(ref, ClientAddress.current());
            outcome.add(new Paragraph(getTranslation(erased ? "privacy.erase-response.done" : "privacy.erase-response.not-found")));
            reference.clear();
        } catch (TranslatableException refused) {
            outcome.add(new Paragraph(getTranslation(refused.key(), refused.params())));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.erase-response.title") + " | " + getTranslation("app.name");
    }
}
