package org.tellus.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Messages;
import org.tellus.plan.CouncilDetails;
import org.tellus.plan.CouncilService;

/** An administrator names the council, gives its contact and uploads its logo, shown on every page. */
@Menu(title = "nav.setup-council", order = 110)
@Route("admin/council")
@RolesAllowed(Roles.ADMIN)
public class CouncilView extends SetupPage {

    static final int LOGO_MAX_BYTES = 512 * 1024;

    private final CouncilService councils;
    private final CouncilFrameParts frame;
    private final TextField name = new TextField();
    private final EmailField email = new EmailField();
    private final TextField phone = new TextField();
    private final TextField website = new TextField();
    private final Div logo = new Div();
    private CouncilDetails shown;

    public CouncilView(CouncilService councils) {
        super("setup.council.title", "setup.council.intro");
        this.councils = councils;
        this.frame = new CouncilFrameParts(councils);
        name.setLabel(getTranslation("setup.council.name"));
        name.setRequiredIndicatorVisible(true);
        email.setLabel(getTranslation("setup.council.email"));
        phone.setLabel(getTranslation("setup.council.phone"));
        website.setLabel(getTranslation("setup.council.website"));
        website.setHelperText(getTranslation("setup.council.website-help"));
        Button save = new Button(getTranslation("setup.council.save"), e -> act(() -> councils.update(new CouncilDetails(
                name.getValue(), email.getValue(), phone.getValue(), website.getValue(), false, shown.version())),
                "setup.council.saved", CouncilDetails::name));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(new FormLayout(name, email, phone, website), save, new H2(getTranslation("setup.council.logo")),
                new Paragraph(getTranslation("setup.council.logo-help")), logo, upload());
        refresh();
    }

    private Upload upload() {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(ui -> ui.access(() ->
                logoReceived(data)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(LOGO_MAX_BYTES);
        upload.setAcceptedFileExtensions(".png", ".jpg", ".jpeg");
        upload.setAcceptedMimeTypes("image/png", "image/jpeg");
        upload.setUploadButton(new Button(getTranslation("setup.council.logo-upload")));
        upload.setDropLabel(new Span(getTranslation("setup.council.logo-drop")));
        upload.addFileRejectedListener(e -> Messages.error(this, new TranslatableException("setup.error.logo-type")));
        return upload;
    }

    /** The uploaded logo: the service checks its size and type by its content. */
    void logoReceived(byte[] data) {
        act(() -> councils.uploadLogo(data), "setup.council.logo-saved", CouncilDetails::name);
    }

    @Override
    void refresh() {
        shown = councils.council();
        name.setValue(shown.name());
        email.setValue(shown.contactEmail());
        phone.setValue(shown.contactPhone());
        website.setValue(shown.website());
        logo.removeAll();
        if (shown.hasLogo()) {
            Button remove = new Button(getTranslation("setup.council.logo-remove"),
                    e -> act(councils::removeLogo, "setup.council.logo-removed", CouncilDetails::name));
            logo.add(frame.logo(getTranslation("setup.council.logo-alt", shown.name())), remove);
        } else {
            logo.add(new Paragraph(getTranslation("setup.council.no-logo")));
        }
    }
}
