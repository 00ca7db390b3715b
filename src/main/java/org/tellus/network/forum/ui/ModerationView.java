package org.tellus.network.forum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.router.HasDynamicTitle;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.Messages;
import org.tellus.network.forum.ModerationService;
import org.tellus.network.forum.ReportRow;
import org.tellus.network.ui.MessageDialog;

/**
 * The moderation queue: reports waiting in the networks the facilitator looks after (every network for an
 * administrator), oldest first, each with the post and the actions: hide it with a reason, or dismiss the report.
 */
@Menu(title = "nav.moderation", order = 30)
@Route("moderation")
@RolesAllowed({Roles.FACILITATOR, Roles.ADMIN})
public class ModerationView extends Main implements HasDynamicTitle {

    private final ModerationService moderation;
    private final Grid<ReportRow> queue = new Grid<>();

    public ModerationView(ModerationService moderation) {
        this.moderation = moderation;
        addClassName("tellus-page");
        add(new H1(getTranslation("moderation.title")));
        add(new Paragraph(getTranslation("moderation.intro")));
        queue.setAriaLabel(getTranslation("moderation.queue"));
        queue.addComponentColumn(r -> new Div(new RouterLink(r.threadTitle(), ThreadView.class,
                ThreadView.route(r.networkSlug(), r.threadId())), new Paragraph(r.networkName())))
                .setHeader(getTranslation("moderation.thread")).setAutoWidth(true);
        queue.addColumn(r -> r.postHidden() ? getTranslation("moderation.post-hidden", r.postText()) : r.postText())
                .setHeader(getTranslation("moderation.post")).setFlexGrow(3);
        queue.addColumn(ReportRow::authorName).setHeader(getTranslation("moderation.author")).setAutoWidth(true);
        queue.addColumn(ReportRow::reason).setHeader(getTranslation("moderation.reported-reason")).setFlexGrow(2);
        queue.addColumn(r -> getTranslation("moderation.reported-by", r.reporterName(),
                Formats.dateTime(r.reportedAt(), getLocale()))).setHeader(getTranslation("moderation.reported"))
                .setAutoWidth(true);
        queue.addComponentColumn(this::actions).setHeader(getTranslation("moderation.actions")).setAutoWidth(true);
        queue.setItems(q -> moderation.queue(null, q.getOffset(), q.getLimit()).stream(),
                q -> moderation.queueSize(null));
        queue.setEmptyStateText(getTranslation("moderation.empty"));
        queue.setHeight("36rem");
        queue.setWidthFull();
        add(queue);
        setMaxWidth("90rem");
    }

    private HorizontalLayout actions(ReportRow row) {
        HorizontalLayout buttons = new HorizontalLayout();
        if (!row.postHidden()) {
            Button hide = new Button(getTranslation("forum.post.hide"), e -> new MessageDialog(
                    getTranslation("moderation.hide.title"), getTranslation("moderation.reason"),
                    getTranslation("moderation.hide.help"), getTranslation("forum.post.hide"), true, reason -> {
                        moderation.hide(row.postId(), reason);
                        Messages.success(this, "moderation.hidden");
                        queue.getDataProvider().refreshAll();
                    }).open());
            hide.setAriaLabel(getTranslation("moderation.hide-named", row.authorName()));
            hide.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            buttons.add(hide);
        }
        Button dismiss = new Button(getTranslation("moderation.dismiss"), e -> new MessageDialog(
                getTranslation("moderation.dismiss.title"), getTranslation("moderation.dismiss.note"),
                getTranslation("moderation.dismiss.help"), getTranslation("moderation.dismiss"), false, note -> {
                    moderation.dismiss(row.reportId(), note);
                    Messages.success(this, "moderation.dismissed");
                    queue.getDataProvider().refreshAll();
                }).open());
        dismiss.setAriaLabel(getTranslation("moderation.dismiss-named", row.reporterName()));
        dismiss.addThemeVariants(ButtonVariant.LUMO_SMALL);
        buttons.add(dismiss);
        return buttons;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("moderation.title") + " | " + getTranslation("app.name");
    }
}
