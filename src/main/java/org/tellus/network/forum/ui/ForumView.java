package org.tellus.network.forum.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.tellus.base.TranslatableException;
import org.tellus.base.ui.Formats;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkService;
import org.tellus.network.forum.ForumService;
import org.tellus.network.forum.ForumThread;
import org.tellus.network.forum.ForumThreadRow;
import org.tellus.network.ui.NetworkPageView;

import java.util.ArrayList;
import java.util.List;

/**
 * A network's forum: its threads, pinned first then by latest activity, read from the server a page at a time as
 * the list scrolls; and a form to start a thread. Members, facilitators and administrators only; others are told
 * how to join, and a network they may not see is "Page not found".
 */
@Route("networks/:slug/forum")
@PermitAll
public class ForumView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String SLUG = NetworkPageView.SLUG;

    private final NetworkService networks;
    private final ForumService forum;
    private String title = "";

    public ForumView(NetworkService networks, ForumService forum) {
        this.networks = networks;
        this.forum = forum;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String slug = event.getRouteParameters().get(SLUG).orElse("");
        try {
            render(networks.networkBySlug(slug));
        } catch (TranslatableException notVisible) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void render(NetworkDetails network) {
        title = getTranslation("forum.title", network.name());
        removeAll();
        add(new RouterLink(getTranslation("forum.to-network", network.name()), NetworkPageView.class,
                new RouteParameters(SLUG, network.slug())));
        add(new H1(title));
        if (!network.isMember() && !network.facilitating()) {
            add(new Paragraph(getTranslation("forum.members-only", network.name())));
            return;
        }
        add(threads(network));
        add(new H2(getTranslation("forum.start.heading")));
        TextField threadTitle = new TextField(getTranslation("forum.start.title"));
        threadTitle.setMaxLength(200);
        threadTitle.setWidthFull();
        threadTitle.setRequiredIndicatorVisible(true);
        Div form = new Div(threadTitle);
        form.add(new PostEditor("forum.start.text", "forum.start.send", null, text -> {
            ForumThread thread = forum.startThread(network.id(), threadTitle.getValue(), text);
            getUI().ifPresent(ui -> ui.navigate(ThreadView.class, ThreadView.route(network.slug(), thread.id())));
        }));
        add(form);
    }

    private Grid<ForumThreadRow> threads(NetworkDetails network) {
        Grid<ForumThreadRow> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("forum.threads"));
        grid.addComponentColumn(row -> titleCell(network, row)).setHeader(getTranslation("forum.threads.title"))
                .setFlexGrow(3);
        grid.addColumn(row -> row.authorName() == null ? "" : row.authorName())
                .setHeader(getTranslation("forum.threads.started-by")).setAutoWidth(true);
        grid.addColumn(ForumThreadRow::replyCount).setHeader(getTranslation("forum.threads.replies")).setAutoWidth(true);
        grid.addColumn(row -> Formats.dateTime(row.lastActivityAt(), getLocale()))
                .setHeader(getTranslation("forum.threads.last-activity")).setAutoWidth(true);
        grid.setItems(query -> forum.threads(network.id(), query.getOffset(), query.getLimit()).stream(),
                query -> forum.threadCount(network.id()));
        grid.setEmptyStateText(getTranslation("forum.threads.none"));
        grid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        // As tall as a short forum needs, at most about ten rows: a long one scrolls and loads as it goes.
        int rows = Math.clamp(forum.threadCount(network.id()), 2, 10);
        grid.setHeight((rows * 3 + 4) + "rem");
        return grid;
    }

    private Div titleCell(NetworkDetails network, ForumThreadRow row) {
        Div cell = new Div(new RouterLink(row.title() == null ? getTranslation("forum.thread.hidden-title") : row.title(),
                ThreadView.class, ThreadView.route(network.slug(), row.id())));
        List<String> marks = new ArrayList<>();
        if (row.pinned()) {
            marks.add(getTranslation("forum.threads.pinned"));
        }
        if (row.locked()) {
            marks.add(getTranslation("forum.threads.locked"));
        }
        if (row.hidden()) {
            marks.add(getTranslation("forum.threads.hidden"));
        }
        if (!marks.isEmpty()) {
            Span mark = new Span(" (" + String.join(", ", marks) + ")");
            mark.addClassName("tellus-helper");
            cell.add(mark);
        }
        return cell;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
