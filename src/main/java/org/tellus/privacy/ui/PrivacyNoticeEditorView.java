package org.tellus.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Messages;
import org.tellus.base.ui.RouteLinks;
import org.tellus.privacy.PrivacyNotice;
import org.tellus.privacy.PrivacyService;

/** The administrator writes the council's privacy notice; a blank line starts a new paragraph. */
@Menu(title = "nav.privacy-notice", order = 102)
@Route("admin/privacy-notice")
@RolesAllowed(Roles.ADMIN)
public class PrivacyNoticeEditorView extends Main implements HasDynamicTitle {

    public PrivacyNoticeEditorView(PrivacyService privacy) {
        addClassName("tellus-page");
        TextArea text = new TextArea(getTranslation("privacy.editor.text"));
        text.setHelperText(getTranslation("privacy.editor.help"));
        text.setWidthFull();
        text.setMinHeight("20rem");
        text.setValue(privacy.notice().map(PrivacyNotice::text).orElseGet(() -> getTranslation("privacy.notice.default")));
        Button save = new Button(getTranslation("privacy.editor.save"), e -> {
            try {
                privacy.saveNotice(text.getValue());
                Messages.success(this, "privacy.editor.saved");
            } catch (TranslatableException refused) {
                Messages.error(this, refused);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new H1(getTranslation("privacy.editor.title")), new Paragraph(getTranslation("privacy.editor.intro")), text,
                save, new Paragraph(RouteLinks.to(getTranslation("privacy.editor.view"), PrivacyNoticeView.ROUTE)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.editor.title") + " | " + getTranslation("app.name");
    }
}
