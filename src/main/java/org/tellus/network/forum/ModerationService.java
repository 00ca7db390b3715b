package org.tellus.network.forum;

import org.jsoup.Jsoup;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.account.AccountService;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkService;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Keeping the forums safe: members report posts; the network's facilitators (administrators for every network)
 * work through the queue of reports, hide and restore posts with a reason the author sees, and every such action
 * is written to the audit log that administrators read.
 */
@Service
@Transactional(readOnly = true)
public class ModerationService {

    static final int MAX_REASON = 1000;
    private static final int EXCERPT = 280;

    private final ForumAccess access;
    private final ForumStore posts;
    private final ReportStore reports;
    private final ModerationLog log;
    private final NetworkService networks;
    private final AccountService accounts;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    ModerationService(ForumAccess access, ForumStore posts, ReportStore reports, ModerationLog log,
                      NetworkService networks, AccountService accounts, ApplicationEventPublisher events, Clock clock) {
        this.access = access;
        this.posts = posts;
        this.reports = reports;
        this.log = log;
        this.networks = networks;
        this.accounts = accounts;
        this.events = events;
        this.clock = clock;
    }

    // --- any member ---

    /** Reports someone else's post to the network's facilitators. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void report(long postId, String reason) {
        ForumStore.PostRecord post = access.post(postId);
        ForumAccess.Caller caller = access.readerOf(post.networkId());
        if (post.deleted()) {
            throw new TranslatableException("forum.post.not-found");
        }
        if (Objects.equals(post.authorId(), caller.userId())) {
            throw new TranslatableException("moderation.report.own-post");
        }
        String why = required(reason, "moderation.report.reason-required");
        if (reports.hasWaitingReport(postId, caller.userId())) {
            throw new TranslatableException("moderation.report.already");
        }
        reports.insert(postId, post.networkId(), caller.userId(), why, clock.instant());
    }

    // --- facilitators of the network, and administrators ---

    /**
     * A page of the reports waiting in the queue, oldest first: of one network, or (networkId null) of every
     * network the caller moderates.
     */
    @PreAuthorize(Roles.IS_FACILITATOR)
    public List<ReportRow> queue(Long networkId, int offset, int limit) {
        List<ReportStore.QueueLine> lines = reports.queue(moderated(networkId), Math.max(0, offset),
                Math.clamp(limit, 0, ForumService.MAX_PAGE));
        Map<Long, String> names = accounts.displayNames(lines.stream()
                .flatMap(l -> Stream.of(l.authorId(), l.reporterId())).filter(Objects::nonNull).collect(Collectors.toSet()));
        return lines.stream().map(l -> new ReportRow(l.reportId(), l.postId(), l.threadId(), l.networkSlug(),
                l.networkName(), l.threadTitle(), name(names, l.authorId()), excerpt(l.postHtml()), l.hidden(),
                name(names, l.reporterId()), l.reason(), l.at())).toList();
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    public int queueSize(Long networkId) {
        return reports.queueSize(moderated(networkId));
    }

    /** Hides a post from members; the reason is shown to its author. Closes the reports waiting about it. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void hide(long postId, String reason) {
        ForumStore.PostRecord post = access.post(postId);
        ForumAccess.Caller caller = access.moderatorOf(post.networkId());
        String why = required(reason, "moderation.hide.reason-required");
        if (post.deleted()) {
            throw new TranslatableException("forum.post.not-found");
        }
        posts.setHidden(postId, true, why, caller.userId(), clock.instant());
        reports.resolvePost(postId, ReportStore.HIDDEN, caller.userId(), clock.instant());
        log.write(post.networkId(), caller.userId(), ModerationAction.HIDE_POST, post.threadId(), postId, why);
        if (post.authorId() != null) {
            events.publishEvent(new PostHidden(postId, post.threadId(), post.networkId(), post.authorId(), why,
                    ForumLinks.thread(caller.network().slug(), post.threadId())));
        }
    }

    /** Shows a hidden post again; the reason goes in the audit log. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void restore(long postId, String reason) {
        ForumStore.PostRecord post = access.post(postId);
        ForumAccess.Caller caller = access.moderatorOf(post.networkId());
        String why = required(reason, "moderation.restore.reason-required");
        if (!post.hidden()) {
            throw new TranslatableException("moderation.restore.not-hidden");
        }
        posts.setHidden(postId, false, null, null, null);
        log.write(post.networkId(), caller.userId(), ModerationAction.RESTORE_POST, post.threadId(), postId, why);
    }

    /** Closes a report without hiding the post. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void dismiss(long reportId, String note) {
        ReportStore.Report report = reports.waiting(reportId)
                .orElseThrow(() -> new TranslatableException("moderation.report.not-found"));
        ForumAccess.Caller caller;
        try {
            caller = access.moderatorOf(report.networkId());
        } catch (TranslatableException e) {
            throw "forum.thread.not-found".equals(e.key()) ? new TranslatableException("moderation.report.not-found") : e;
        }
        String why = note == null || note.isBlank() ? null : required(note, "moderation.report.reason-required");
        reports.resolve(reportId, ReportStore.DISMISSED, caller.userId(), clock.instant());
        ForumStore.PostRecord post = access.post(report.postId());
        log.write(report.networkId(), caller.userId(), ModerationAction.DISMISS_REPORT, post.threadId(), post.id(), why);
    }

    // --- administrators ---

    /** A page of the audit log, newest first: moderation actions and removals of members. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<AuditEntry> auditLog(int offset, int limit) {
        List<ModerationLog.Line> lines = log.page(Math.max(0, offset), Math.clamp(limit, 0, ForumService.MAX_PAGE));
        Map<Long, String> names = accounts.displayNames(lines.stream()
                .flatMap(l -> Stream.of(l.actorId(), l.memberId())).filter(Objects::nonNull).collect(Collectors.toSet()));
        return lines.stream().map(l -> new AuditEntry(l.at(), l.networkName(), name(names, l.actorId()), l.action(),
                l.memberId() != null ? name(names, l.memberId()) : Objects.requireNonNullElse(l.threadTitle(), ""),
                l.reason())).toList();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public int auditLogSize() {
        return log.count();
    }

    /** The networks whose queue the caller may read: one they moderate, or all of them. */
    private Set<Long> moderated(Long networkId) {
        if (networkId != null) {
            return Set.of(access.moderator(networkId).network().id());
        }
        return networks.visibleNetworks().stream().filter(NetworkDetails::facilitating).map(NetworkDetails::id)
                .collect(Collectors.toUnmodifiableSet());
    }

    private static String name(Map<Long, String> names, Long id) {
        return id == null ? "" : names.getOrDefault(id, "");
    }

    private static String excerpt(String html) {
        String text = Jsoup.parse(PostFormat.clean(html)).text();
        return text.length() <= EXCERPT ? text : text.substring(0, EXCERPT - 1) + "…";
    }

    private static String required(String text, String missingKey) {
        if (text == null || text.isBlank()) {
            throw new TranslatableException(missingKey);
        }
        if (text.strip().length() > MAX_REASON) {
            throw new TranslatableException("network.text.too-long", MAX_REASON);
        }
        return text.strip();
    }
}
