package org.tellus.privacy.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.PermitAll;
import org.springframework.security.core.context.SecurityContextHolder;
import org.tellus.base.TranslatableException;
import org.tellus.base.ui.Messages;
import org.tellus.base.ui.RouteLinks;
import org.tellus.privacy.PrivacyService;

import java.io.OutputStream;

/**
 * "My data": the signed-in person downloads everything kept about them, or erases their account after typing their
 * email address to confirm (decision 031). Afterwards they are signed out and see what was done.
 */
@Menu(title = "nav.my-data", order = 90)
@Route(MyDataView.ROUTE)
@PermitAll
public class MyDataView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "my-data";

    private final transient PrivacyService privacy;

    public MyDataView(PrivacyService privacy) {
        this.privacy = privacy;
        addClassName("tellus-page");
        add(new H1(getTranslation("privacy.my-data.title")), new Paragraph(getTranslation("privacy.my-data.intro")),
                download(), erasure(),
                new Paragraph(RouteLinks.to(getTranslation("privacy.my-data.notice"), PrivacyNoticeView.ROUTE)));
    }

    private Section download() {
        DownloadHandler handler = event -> {
            event.setFileName("my-tellus-data.zip");
            event.setContentType("application/zip");
            try (OutputStream out = event.getOutputStream()) {
                privacy.writeMyData(out);
            }
        };
        Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("privacy.my-data.download"));
        link.setId("download-my-data");
        link.addClassName("tellus-export-link");
        return new Section(new H2(getTranslation("privacy.my-data.download-title")),
                new Paragraph(getTranslation("privacy.my-data.download-help")), link);
    }

    private Section erasure() {
        UnorderedList what = new UnorderedList(new ListItem(getTranslation("privacy.erase.what-account")),
                new ListItem(getTranslation("privacy.erase.what-responses")),
                new ListItem(getTranslation("privacy.erase.what-posts")),
                new ListItem(getTranslation("privacy.erase.what-memberships")));
        EmailField confirm = new EmailField(getTranslation("privacy.erase.confirm-label"));
        confirm.setId("erase-confirm");
        confirm.setHelperText(getTranslation("privacy.erase.confirm-help"));
        confirm.setWidth("24rem");
        Button erase = new Button(getTranslation("privacy.erase.button"), e -> erase(confirm.getValue()));
        erase.setId("erase-account");
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        return new Section(new H2(getTranslation("privacy.erase.title")),
                new Paragraph(getTranslation("privacy.erase.intro")), what, confirm, new Paragraph(erase));
    }

    private void erase(String confirmEmail) {
        try {
            privacy.eraseMyAccount(confirmEmail);
        } catch (TranslatableException refused) {
            Messages.error(this, refused);
            return;
        }
        // The account is gone: so is the signed-in session. The next page says what was done.
        SecurityContextHolder.clearContext();
        UI.getCurrent().getPage().setLocation(AccountErasedView.ROUTE);
        VaadinSession.getCurrent().getSession().invalidate();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.my-data.title") + " | " + getTranslation("app.name");
    }
}
