package org.tellus.network.forum.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Formats;
import org.tellus.network.forum.AuditEntry;
import org.tellus.network.forum.ModerationService;

/** The audit log for administrators: every moderation action and removal of a member, newest first, read lazily. */
@Menu(title = "nav.audit-log", order = 100)
@Route("admin/audit-log")
@RolesAllowed(Roles.ADMIN)
public class AuditLogView extends Main implements HasDynamicTitle {

    public AuditLogView(ModerationService moderation) {
        addClassName("tellus-page");
        setMaxWidth("90rem");
        add(new H1(getTranslation("audit.title")));
        add(new Paragraph(getTranslation("audit.intro")));
        Grid<AuditEntry> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("audit.title"));
        grid.addColumn(e -> Formats.dateTime(e.at(), getLocale())).setHeader(getTranslation("audit.when")).setAutoWidth(true);
        grid.addColumn(AuditEntry::networkName).setHeader(getTranslation("audit.network")).setAutoWidth(true);
        grid.addColumn(AuditEntry::actorName).setHeader(getTranslation("audit.who")).setAutoWidth(true);
        grid.addColumn(e -> getTranslation("audit.action." + e.action())).setHeader(getTranslation("audit.action"))
                .setAutoWidth(true);
        grid.addColumn(AuditEntry::subject).setHeader(getTranslation("audit.subject")).setFlexGrow(2);
        grid.addColumn(e -> e.reason() == null ? "" : e.reason()).setHeader(getTranslation("audit.reason")).setFlexGrow(2);
        grid.setItems(q -> moderation.auditLog(q.getOffset(), q.getLimit()).stream(), q -> moderation.auditLogSize());
        grid.setEmptyStateText(getTranslation("audit.empty"));
        grid.setHeight("40rem");
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("audit.title") + " | " + getTranslation("app.name");
    }
}
