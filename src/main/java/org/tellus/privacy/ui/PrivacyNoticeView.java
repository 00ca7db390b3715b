package org.tellus.privacy.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.RouteLinks;
import org.tellus.privacy.PrivacyNotice;
import org.tellus.privacy.PrivacyService;

/**
 * The council's privacy notice, for anyone: the administrator's text, or the default one until they write it; and
 * the ways to use one's rights (the "My data" page, erasure of an anonymous response).
 */
@Menu(title = "nav.privacy", order = 200)
@Route(PrivacyNoticeView.ROUTE)
@AnonymousAllowed
public class PrivacyNoticeView extends Main implements HasDynamicTitle {

    public static final String ROUTE = "privacy";

    public PrivacyNoticeView(PrivacyService privacy) {
        addClassName("tellus-page");
        add(new H1(getTranslation("privacy.title")));
        PrivacyNotice notice = privacy.notice()
                .orElseGet(() -> new PrivacyNotice(getTranslation("privacy.notice.default"), null));
        notice.paragraphs().forEach(p -> add(new Paragraph(p)));
        if (notice.updatedAt() != null) {
            Paragraph updated = new Paragraph(getTranslation("privacy.notice.updated",
                    Formats.dateTime(notice.updatedAt(), getLocale())));
            updated.setId("notice-updated");
            add(updated);
        }
        add(new H2(getTranslation("privacy.rights.title")),
                new Paragraph(RouteLinks.to(getTranslation("privacy.rights.my-data"), MyDataView.ROUTE)),
                new Paragraph(RouteLinks.to(getTranslation("privacy.rights.erase-response"), ResponseErasureView.ROUTE)));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("privacy.title") + " | " + getTranslation("app.name");
    }
}
