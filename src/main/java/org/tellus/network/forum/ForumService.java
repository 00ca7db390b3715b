package org.tellus.network.forum;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.account.AccountService;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;

import java.time.Clock;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * A network's forum: threads, replies and reactions, read a page at a time; authors edit and delete their own
 * posts; the network's facilitators pin and lock threads. Only the network's members, facilitators and
 * administrators read or write here (see {@link ForumAccess}). New and edited posts publish {@link PostPublished},
 * replies {@link ReplyPosted}, for listeners that act once the transaction has committed.
 */
@Service
@Transactional(readOnly = true)
public class ForumService {

    static final int MAX_TITLE = 200;
    static final int MAX_TEXT = 10_000;
    /** The most rows one page may ask for: lazy lists ask for about 50 at a time. */
    static final int MAX_PAGE = 500;

    private final ForumStore store;
    private final ForumAccess access;
    private final PostViews views;
    private final PostingLimit limit;
    private final ModerationLog log;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ForumService(ForumStore store, ForumAccess access, PostViews views, PostingLimit limit, ModerationLog log,
                 AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.store = store;
        this.access = access;
        this.views = views;
        this.limit = limit;
        this.log = log;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    // --- reading ---

    /** A page of the forum's threads: pinned first, then by latest activity. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<ForumThreadRow> threads(long networkId, int offset, int pageSize) {
        ForumAccess.Caller caller = access.reader(networkId);
        List<ForumStore.ThreadListLine> lines = store.threads(networkId, Math.max(0, offset), page(pageSize));
        Map<Long, String> names = accounts.displayNames(lines.stream().map(l -> l.thread().authorId())
                .filter(Objects::nonNull).collect(Collectors.toSet()));
        return lines.stream().map(l -> {
            ForumStore.ThreadRecord t = l.thread();
            boolean hidden = l.openingHidden() && !caller.moderates()
                    && !Objects.equals(t.authorId(), caller.userId());
            return new ForumThreadRow(t.id(), hidden ? null : t.title(),
                    hidden || t.authorId() == null ? null : names.getOrDefault(t.authorId(), ""), t.replyCount(),
                    t.lastActivityAt(), t.pinned(), t.locked(), l.openingHidden());
        }).toList();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public int threadCount(long networkId) {
        access.reader(networkId);
        return store.threadCount(networkId);
    }

    /** A thread's header and opening post; its replies come a page at a time from {@link #replies}. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public ForumThread thread(long threadId) {
        ForumStore.ThreadRecord t = access.thread(threadId);
        ForumAccess.Caller caller = access.readerOf(t.networkId());
        ForumStore.PostRecord opening = t.openingPostId() == null ? null : store.post(t.openingPostId()).orElse(null);
        ForumPost post = opening == null ? null : views.of(opening, caller);
        boolean titleShown = opening == null || PostViews.showsText(opening, caller) || opening.deleted();
        return new ForumThread(t.id(), t.networkId(), caller.network().slug(), caller.network().name(),
                titleShown ? t.title() : null, t.pinned(), t.locked(), caller.moderates(), post, t.replyCount());
    }

    /** A page of replies, oldest first; deleted and hidden ones keep their place as placeholders. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<ForumPost> replies(long threadId, int offset, int pageSize) {
        ForumStore.ThreadRecord t = access.thread(threadId);
        ForumAccess.Caller caller = access.readerOf(t.networkId());
        return views.of(store.replies(threadId, Math.max(0, offset), page(pageSize)), caller);
    }

    // --- writing ---

    /** Starts a thread with its opening post; returns the new thread. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public ForumThread startThread(long networkId, String title, String text) {
        ForumAccess.Caller caller = access.reader(networkId);
        String cleanTitle = title(title);
        String source = text(text);
        limit.check(caller.userId());
        Instant now = clock.instant();
        long threadId = store.insertThread(networkId, cleanTitle, caller.userId(), now);
        long postId = store.insertPost(threadId, networkId, caller.userId(), true, source, PostFormat.toHtml(source), now);
        events.publishEvent(new PostPublished(postId, threadId, networkId, caller.userId(), false));
        return thread(threadId);
    }

    /** Replies in a thread that is not locked. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public ForumPost reply(long threadId, String text) {
        ForumStore.ThreadRecord t = access.thread(threadId);
        ForumAccess.Caller caller = access.readerOf(t.networkId());
        if (t.locked()) {
            throw new TranslatableException("forum.thread.locked");
        }
        String source = text(text);
        limit.check(caller.userId());
        Set<Long> others = new HashSet<>(store.participants(threadId));
        others.remove(caller.userId());
        long postId = store.insertPost(threadId, t.networkId(), caller.userId(), false, source,
                PostFormat.toHtml(source), clock.instant());
        events.publishEvent(new PostPublished(postId, threadId, t.networkId(), caller.userId(), false));
        events.publishEvent(new ReplyPosted(postId, threadId, t.networkId(), t.title(), caller.userId(), others,
                ForumLinks.thread(caller.network().slug(), threadId)));
        return views.of(access.post(postId), caller);
    }

    /** The author changes their post; the thread then shows when it was edited. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public ForumPost edit(long postId, String text) {
        ForumStore.PostRecord post = access.post(postId);
        ForumAccess.Caller caller = authorOf(post);
        if (post.hidden()) {
            // Otherwise a hidden post could be changed behind the facilitators' backs before it is restored.
            throw new TranslatableException("forum.post.hidden-no-edit");
        }
        String source = text(text);
        store.edit(postId, source, PostFormat.toHtml(source), clock.instant());
        events.publishEvent(new PostPublished(postId, post.threadId(), post.networkId(), caller.userId(), true));
        return views.of(access.post(postId), caller);
    }

    /**
     * The author deletes their post: its text goes, a placeholder keeps its place. A thread whose opening post is
     * deleted before anyone replied goes altogether.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void delete(long postId) {
        ForumStore.PostRecord post = access.post(postId);
        authorOf(post);
        if (post.opening() && access.thread(post.threadId()).replyCount() == 0) {
            store.deleteThread(post.threadId());
        } else {
            store.delete(postId, clock.instant());
        }
    }

    /** Every post the caller wrote, with what they typed, for their data download. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<ForumPostData> myPosts() {
        long me = me();
        return store.postsBy(me).stream().map(p -> new ForumPostData(p.id(), p.threadId(), p.networkId(), p.opening(),
                p.source(), p.createdAt(), p.editedAt(), p.deleted(), p.hidden())).toList();
    }

    /** Erasure of the caller's account: their posts become placeholders without text or author. Returns how many. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public int eraseMyPosts() {
        long me = me();
        List<Long> posts = store.postsBy(me).stream().map(ForumStore.PostRecord::id).toList();
        int erased = store.eraseAuthor(me, clock.instant());
        events.publishEvent(new PostsErased(posts));
        return erased;
    }

    private long me() {
        return accounts.currentUserId().orElseThrow(() -> new TranslatableException("account.not-found"));
    }

    /** Gives a reaction, or takes it back if the caller had given it; returns the post with its new counts. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public ForumPost react(long postId, Reaction reaction) {
        ForumStore.PostRecord post = access.post(postId);
        ForumAccess.Caller caller = access.readerOf(post.networkId());
        if (reaction == null || post.deleted() || post.hidden()) {
            throw new TranslatableException("forum.react.not-possible");
        }
        store.toggleReaction(postId, caller.userId(), reaction);
        return views.of(post, caller);
    }

    // --- facilitators of the network, and administrators ---

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public ForumThread setPinned(long threadId, boolean pinned) {
        ForumStore.ThreadRecord t = access.thread(threadId);
        ForumAccess.Caller caller = access.moderatorOf(t.networkId());
        store.setPinned(threadId, pinned);
        log.write(t.networkId(), caller.userId(), pinned ? ModerationAction.PIN_THREAD : ModerationAction.UNPIN_THREAD,
                threadId, null, null);
        return thread(threadId);
    }

    /** A locked thread takes no new replies until a facilitator unlocks it. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public ForumThread setLocked(long threadId, boolean locked) {
        ForumStore.ThreadRecord t = access.thread(threadId);
        ForumAccess.Caller caller = access.moderatorOf(t.networkId());
        store.setLocked(threadId, locked);
        log.write(t.networkId(), caller.userId(), locked ? ModerationAction.LOCK_THREAD : ModerationAction.UNLOCK_THREAD,
                threadId, null, null);
        return thread(threadId);
    }

    private ForumAccess.Caller authorOf(ForumStore.PostRecord post) {
        ForumAccess.Caller caller = access.readerOf(post.networkId());
        if (post.deleted()) {
            throw new TranslatableException("forum.post.not-found");
        }
        if (!Objects.equals(post.authorId(), caller.userId())) {
            throw new TranslatableException("forum.post.not-yours");
        }
        return caller;
    }

    private static int page(int size) {
        return Math.clamp(size, 0, MAX_PAGE);
    }

    private static String title(String title) {
        if (title == null || title.isBlank()) {
            throw new TranslatableException("forum.title.required");
        }
        if (title.strip().length() > MAX_TITLE) {
            throw new TranslatableException("forum.title.too-long", MAX_TITLE);
        }
        return title.strip();
    }

    private static String text(String text) {
        if (text == null || text.isBlank()) {
            throw new TranslatableException("forum.text.required");
        }
        if (text.strip().length() > MAX_TEXT) {
            throw new TranslatableException("forum.text.too-long", MAX_TEXT);
        }
        return text.strip();
    }
}
