package org.tellus.network.forum.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.tellus.base.TranslatableException;
import org.tellus.base.ui.Messages;
import org.tellus.network.forum.ForumPost;
import org.tellus.network.forum.ForumService;
import org.tellus.network.forum.ForumThread;
import org.tellus.network.forum.ModerationService;
import org.tellus.network.forum.Reaction;
import org.tellus.network.ui.MessageDialog;

/**
 * A thread: its opening post, its replies loaded a page at a time as the reader scrolls (a thread of thousands of
 * replies opens as fast as a short one), a reply box, and for facilitators pin, lock, hide and restore.
 */
@Route("networks/:slug/forum/:threadId")
@PermitAll
public class ThreadView extends Main implements BeforeEnterObserver, HasDynamicTitle, PostCard.Actions {

    public static final String THREAD = "threadId";

    private final ForumService forum;
    private final ModerationService moderation;
    private long threadId;
    private String slug = "";
    private String title = "";
    private VirtualList<ForumPost> replies;
    private long openingPostId;

    public ThreadView(ForumService forum, ModerationService moderation) {
        this.forum = forum;
        this.moderation = moderation;
        addClassName("tellus-page");
    }

    public static RouteParameters route(String slug, long threadId) {
        return new RouteParameters(java.util.Map.of(ForumView.SLUG, slug, THREAD, Long.toString(threadId)));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(ForumView.SLUG).orElse("");
        try {
            threadId = Long.parseLong(event.getRouteParameters().get(THREAD).orElse(""));
            ForumThread thread = forum.thread(threadId);
            if (!thread.networkSlug().equals(slug)) {
                event.rerouteToError(NotFoundException.class);
                return;
            }
            render(thread);
        } catch (NumberFormatException | TranslatableException notVisible) {
            // "Members only" and "not found" alike: the forum's page says how to join.
            event.rerouteTo(ForumView.class, new RouteParameters(ForumView.SLUG, slug));
        }
    }

    private void refresh() {
        try {
            render(forum.thread(threadId));
        } catch (TranslatableException gone) {
            getUI().ifPresent(ui -> ui.navigate(ForumView.class, new RouteParameters(ForumView.SLUG, slug)));
        }
    }

    private void render(ForumThread thread) {
        title = thread.title() == null ? getTranslation("forum.thread.hidden-title") : thread.title();
        removeAll();
        RouterLink back = new RouterLink(getTranslation("forum.back", thread.networkName()), ForumView.class,
                new RouteParameters(ForumView.SLUG, thread.networkSlug()));
        back.addClassName("tellus-underlined");
        add(new Paragraph(back));
        add(new H1(title));
        if (thread.pinned()) {
            add(new Paragraph(getTranslation("forum.thread.pinned")));
        }
        if (thread.canModerate()) {
            add(moderatorButtons(thread));
        }
        openingPostId = thread.opening() == null ? -1 : thread.opening().id();
        if (thread.opening() != null) {
            add(new PostCard(thread.opening(), thread.canModerate(), true, this));
        }
        add(new H2(getTranslation("forum.thread.replies", thread.replyCount())));
        replies = new VirtualList<>();
        replies.setRenderer(new ComponentRenderer<>(post -> new PostCard(post, thread.canModerate(), false, this)));
        int count = thread.replyCount();
        replies.setDataProvider(com.vaadin.flow.data.provider.DataProvider.<ForumPost>fromCallbacks(
                query -> forum.replies(threadId, query.getOffset(), query.getLimit()).stream(), query -> count));
        replies.getElement().setAttribute("aria-label", getTranslation("forum.thread.replies-label"));
        replies.setHeight(thread.replyCount() == 0 ? "0" : "min(70vh, " + (thread.replyCount() * 12) + "rem)");
        add(replies);
        if (thread.locked()) {
            Paragraph locked = new Paragraph(getTranslation("forum.thread.locked-notice"));
            locked.addClassName("tellus-notice");
            add(locked);
        } else {
            add(new PostEditor("forum.reply.label", "forum.reply.send", null, text -> {
                forum.reply(threadId, text);
                Messages.success(this, "forum.reply.sent");
                refresh();
            }));
        }
    }

    private HorizontalLayout moderatorButtons(ForumThread thread) {
        Button pin = new Button(getTranslation(thread.pinned() ? "forum.thread.unpin" : "forum.thread.pin"), e -> {
            forum.setPinned(threadId, !thread.pinned());
            refresh();
        });
        Button lock = new Button(getTranslation(thread.locked() ? "forum.thread.unlock" : "forum.thread.lock"), e -> {
            forum.setLocked(threadId, !thread.locked());
            refresh();
        });
        return new HorizontalLayout(pin, lock);
    }

    @Override
    public void react(ForumPost post, Reaction reaction) {
        try {
            forum.react(post.id(), reaction);
            if (post.id() == openingPostId) {
                refresh();
            } else {
                // Only the loaded replies are fetched again; the reader keeps their place in a long thread.
                replies.getDataProvider().refreshAll();
            }
        } catch (TranslatableException refused) {
            Messages.error(this, refused);
        }
    }

    @Override
    public void edit(ForumPost post) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(getTranslation("forum.edit.title"));
        dialog.setWidth("min(40rem, 90vw)");
        dialog.add(new PostEditor("forum.edit.label", "forum.edit.save", post.source(), text -> {
            forum.edit(post.id(), text);
            dialog.close();
            Messages.success(this, "forum.edit.saved");
            refresh();
        }));
        dialog.getFooter().add(new Button(getTranslation("action.cancel"), e -> dialog.close()));
        dialog.open();
    }

    @Override
    public void delete(ForumPost post) {
        ConfirmDialog confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("forum.delete.title"));
        confirm.setText(getTranslation("forum.delete.text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmText(getTranslation("forum.post.delete"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(e -> act(() -> forum.delete(post.id())));
        confirm.open();
    }

    @Override
    public void report(ForumPost post) {
        new MessageDialog(getTranslation("forum.report.title"), getTranslation("forum.report.reason"),
                getTranslation("forum.report.help"), getTranslation("forum.report.send"), false, reason -> {
                    moderation.report(post.id(), reason);
                    Messages.success(this, "forum.report.sent");
                }).open();
    }

    @Override
    public void hide(ForumPost post) {
        new MessageDialog(getTranslation("moderation.hide.title"), getTranslation("moderation.reason"),
                getTranslation("moderation.hide.help"), getTranslation("forum.post.hide"), true, reason -> {
                    moderation.hide(post.id(), reason);
                    Messages.success(this, "moderation.hidden");
                    refresh();
                }).open();
    }

    @Override
    public void restore(ForumPost post) {
        new MessageDialog(getTranslation("moderation.restore.title"), getTranslation("moderation.reason"),
                getTranslation("moderation.restore.help"), getTranslation("forum.post.restore"), false, reason -> {
                    moderation.restore(post.id(), reason);
                    Messages.success(this, "moderation.restored");
                    refresh();
                }).open();
    }

    private void act(Runnable action) {
        try {
            action.run();
            refresh();
        } catch (TranslatableException refused) {
            Messages.error(this, refused);
        }
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
