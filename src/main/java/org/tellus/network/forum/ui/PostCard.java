package org.tellus.network.forum.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.tellus.base.ui.Formats;
import org.tellus.network.forum.ForumPost;
import org.tellus.network.forum.PostState;
import org.tellus.network.forum.Reaction;

/**
 * One post: who wrote it and when, its text or a placeholder, reactions, and the actions the caller may take.
 * Everything shown comes from {@link ForumPost}, which the service already filtered for the caller.
 */
class PostCard extends Article {

    /** What the thread page does when a button on a post is pressed. */
    interface Actions {
        void react(ForumPost post, Reaction reaction);

        void edit(ForumPost post);

        void delete(ForumPost post);

        void report(ForumPost post);

        void hide(ForumPost post);

        void restore(ForumPost post);
    }

    PostCard(ForumPost post, boolean canModerate, boolean opening, Actions actions) {
        addClassName("tellus-card");
        getElement().setAttribute("aria-label", post.authorName() == null
                ? getTranslation("forum.post.label-anonymous") : getTranslation("forum.post.label", post.authorName()));
        add(meta(post));
        if (post.state() == PostState.HIDDEN) {
            Paragraph notice = new Paragraph(post.hiddenReason() == null ? getTranslation("forum.post.hidden")
                    : getTranslation(post.mine() ? "forum.post.hidden-yours" : "forum.post.hidden-why", post.hiddenReason()));
            notice.addClassName("tellus-notice");
            add(notice);
        }
        if (post.html() != null) {
            add(new Html("<div class=\"tellus-post-body\">" + post.html() + "</div>"));
        } else if (post.state() == PostState.DELETED) {
            add(new Paragraph(getTranslation("forum.post.deleted")));
        } else if (post.state() == PostState.ERASED) {
            add(new Paragraph(getTranslation("privacy.forum-post-erased")));
        }
        HorizontalLayout buttons = new HorizontalLayout();
        buttons.setWrap(true);
        buttons.setAlignItems(FlexComponent.Alignment.CENTER);
        if (post.state() == PostState.VISIBLE) {
            for (Reaction reaction : Reaction.values()) {
                buttons.add(reactionButton(post, reaction, actions));
            }
        }
        if (post.mine() && post.state() == PostState.VISIBLE) {
            buttons.add(small("forum.post.edit", e -> actions.edit(post)));
        }
        if (post.mine() && post.state() == PostState.VISIBLE || post.mine() && post.state() == PostState.HIDDEN) {
            buttons.add(small("forum.post.delete", e -> actions.delete(post)));
        }
        if (!post.mine() && post.state() == PostState.VISIBLE) {
            buttons.add(small("forum.post.report", e -> actions.report(post)));
        }
        if (canModerate && post.state() == PostState.VISIBLE) {
            buttons.add(small("forum.post.hide", e -> actions.hide(post)));
        }
        if (canModerate && post.state() == PostState.HIDDEN) {
            buttons.add(small("forum.post.restore", e -> actions.restore(post)));
        }
        if (buttons.getComponentCount() > 0) {
            add(buttons);
        }
        if (opening) {
            addClassName("tellus-opening-post");
        }
    }

    private Paragraph meta(ForumPost post) {
        Paragraph meta = new Paragraph();
        meta.addClassName("tellus-helper");
        String when = Formats.dateTime(post.createdAt(), getLocale());
        meta.add(new Span(post.authorName() == null ? when : getTranslation("forum.post.by", post.authorName(), when)));
        if (post.editedAt() != null) {
            meta.add(new Span(" · " + getTranslation("forum.post.edited", Formats.dateTime(post.editedAt(), getLocale()))));
        }
        return meta;
    }

    private Button reactionButton(ForumPost post, Reaction reaction, Actions actions) {
        boolean given = post.myReactions().contains(reaction);
        String name = getTranslation("forum.reaction." + reaction.name());
        Button button = new Button(getTranslation(given ? "forum.reaction.given" : "forum.reaction.count", name,
                post.count(reaction)), e -> actions.react(post, reaction));
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, given ? ButtonVariant.LUMO_PRIMARY : ButtonVariant.LUMO_CONTRAST);
        // Read out as a toggle: "Agree, 3, pressed".
        button.getElement().setAttribute("aria-pressed", Boolean.toString(given));
        return button;
    }

    private Button small(String key, com.vaadin.flow.component.ComponentEventListener<com.vaadin.flow.component.ClickEvent<Button>> click) {
        Button button = new Button(getTranslation(key), click);
        button.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        return button;
    }
}
