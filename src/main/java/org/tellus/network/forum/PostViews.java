package org.tellus.network.forum;

import org.springframework.stereotype.Component;
import org.tellus.account.AccountService;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Turns stored posts into what the caller may see: placeholders for deleted posts and, for everyone but the author
 * and the moderators, for hidden ones. Every shown text is cleaned again on its way out.
 */
@Component
class PostViews {

    private final ForumStore store;
    private final AccountService accounts;

    PostViews(ForumStore store, AccountService accounts) {
        this.store = store;
        this.accounts = accounts;
    }

    List<ForumPost> of(List<ForumStore.PostRecord> posts, ForumAccess.Caller caller) {
        if (posts.isEmpty()) {
            return List.of();
        }
        List<Long> ids = posts.stream().map(ForumStore.PostRecord::id).toList();
        Map<Long, Map<Reaction, Long>> counts = store.reactionCounts(ids);
        Map<Long, Set<Reaction>> mine = store.reactionsBy(caller.userId(), ids);
        Map<Long, String> names = accounts.displayNames(posts.stream().map(ForumStore.PostRecord::authorId)
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return posts.stream().map(p -> view(p, caller, names, counts.getOrDefault(p.id(), Map.of()),
                mine.getOrDefault(p.id(), Set.of()))).toList();
    }

    ForumPost of(ForumStore.PostRecord post, ForumAccess.Caller caller) {
        return of(List.of(post), caller).getFirst();
    }

    static boolean showsText(ForumStore.PostRecord post, ForumAccess.Caller caller) {
        return !post.deleted() && (!post.hidden() || isAuthor(post, caller) || caller.moderates());
    }

    private static boolean isAuthor(ForumStore.PostRecord post, ForumAccess.Caller caller) {
        return post.authorId() != null && post.authorId() == caller.userId();
    }

    private static ForumPost view(ForumStore.PostRecord p, ForumAccess.Caller caller, Map<Long, String> names,
                                  Map<Reaction, Long> counts, Set<Reaction> mine) {
        boolean author = isAuthor(p, caller);
        boolean text = showsText(p, caller);
        PostState state = p.erased() ? PostState.ERASED : p.deleted() ? PostState.DELETED : p.hidden() ? PostState.HIDDEN : PostState.VISIBLE;
        return new ForumPost(p.id(), p.threadId(), text && p.authorId() != null ? names.getOrDefault(p.authorId(), "") : null,
                text ? PostFormat.clean(p.html()) : null, author && state == PostState.VISIBLE ? p.source() : null,
                p.createdAt(), p.deleted() ? null : p.editedAt(), state, text ? p.hiddenReason() : null, author,
                state == PostState.VISIBLE ? counts : Map.of(), state == PostState.VISIBLE ? mine : Set.of());
    }
}
