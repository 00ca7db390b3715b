package org.tellus.network.forum;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;

import java.util.List;

import static org.tellus.AccessRules.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tellus.network.NetworkFixtures.as;

/** The forum's access rules, each with the refused case, and what members do in it. */
@IntegrationTest
@RecordApplicationEvents
class ForumServiceTest {

    @Autowired
    ForumService forum;
    @Autowired
    NetworkService networks;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    ApplicationEvents events;

    ForumFixtures open;
    UserSummary outsider;
    UserSummary admin;

    @BeforeEach
    void setUp() {
        open = ForumFixtures.network(networks, accounts, Visibility.OPEN);
        outsider = NetworkFixtures.user(accounts, Roles.RESIDENT);
        admin = NetworkFixtures.user(accounts, Roles.ADMIN);
    }

    static void refused(String key, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).key()).isEqualTo(key);
    }


    private ForumThread startThread(UserSummary author, String title, String text) {
        return as(author, () -> forum.startThread(open.network().id(), title, text));
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreDeniedEverything() {
        long thread = startThread(open.member(), "Buses", "Evening buses").id();
        long network = open.network().id();
        List<Runnable> calls = List.of(() -> forum.threads(network, 0, 10), () -> forum.threadCount(network),
                () -> forum.thread(thread), () -> forum.replies(thread, 0, 10), () -> forum.startThread(network, "t", "x"),
                () -> forum.reply(thread, "x"), () -> forum.edit(1, "x"), () -> forum.delete(1),
                () -> forum.react(1, Reaction.AGREE), () -> forum.setPinned(thread, true),
                () -> forum.setLocked(thread, true));
        calls.forEach(call -> assertDenied(call::run));
    }

    @Test
    void aNonMemberOfAnOpenNetworkNeitherReadsNorPosts() {
        ForumThread thread = startThread(open.member(), "Buses", "Evening buses");
        as(outsider, () -> {
            refused("forum.members-only", () -> forum.threads(open.network().id(), 0, 10));
            refused("forum.members-only", () -> forum.threadCount(open.network().id()));
            refused("forum.members-only", () -> forum.thread(thread.id()));
            refused("forum.members-only", () -> forum.replies(thread.id(), 0, 10));
            refused("forum.members-only", () -> forum.startThread(open.network().id(), "Mine", "text"));
            refused("forum.members-only", () -> forum.reply(thread.id(), "text"));
            refused("forum.members-only", () -> forum.react(thread.opening().id(), Reaction.AGREE));
        });
    }

    @Test
    void membersOfOneNetworkNeverReadAnothersPrivateForum() {
        ForumFixtures hidden = ForumFixtures.network(networks, accounts, Visibility.INVITATION_ONLY);
        ForumThread secret = as(hidden.member(), () -> forum.startThread(hidden.network().id(), "Housing", "In confidence"));
        for (UserSummary stranger : List.of(open.member(), open.facilitator(), outsider)) {
            as(stranger, () -> {
                refused("network.not-found", () -> forum.threads(hidden.network().id(), 0, 10));
                refused("network.not-found", () -> forum.startThread(hidden.network().id(), "t", "x"));
                refused("forum.thread.not-found", () -> forum.thread(secret.id()));
                refused("forum.thread.not-found", () -> forum.replies(secret.id(), 0, 10));
                refused("forum.thread.not-found", () -> forum.reply(secret.id(), "x"));
                refused("forum.thread.not-found", () -> forum.react(secret.opening().id(), Reaction.AGREE));
            });
        }
        as(open.facilitator(), () -> refused("forum.thread.not-found", () -> forum.setLocked(secret.id(), true)));
        as(hidden.otherMember(), () -> assertThat(forum.thread(secret.id()).title()).isEqualTo("Housing"));
        as(admin, () -> assertThat(forum.threads(hidden.network().id(), 0, 10)).extracting(ForumThreadRow::title)
                .containsExactly("Housing"));
    }

    @Test
    void theNetworksFacilitatorReadsWithoutBeingAMember() {
        ForumThread thread = startThread(open.member(), "Buses", "Evening buses");
        as(open.facilitator(), () -> {
            assertThat(forum.thread(thread.id()).canModerate()).isTrue();
            forum.reply(thread.id(), "Thanks for raising this");
        });
        as(open.member(), () -> assertThat(forum.thread(thread.id()).canModerate()).isFalse());
    }

    @Test
    void aMemberStartsAThreadAndOthersReplyReadAPageAtATime() {
        ForumThread thread = startThread(open.member(), "Step-free access", "The lift at the station is *often* broken.");
        assertThat(thread.opening().html()).isEqualTo("<p>The lift at the station is <em>often</em> broken.</p>");
        assertThat(thread.link()).isEqualTo("networks/" + open.network().slug() + "/forum/" + thread.id());
        as(open.otherMember(), () -> {
            forum.reply(thread.id(), "First");
            forum.reply(thread.id(), "Second");
            forum.reply(thread.id(), "Third");
        });
        as(open.member(), () -> {
            assertThat(forum.thread(thread.id()).replyCount()).isEqualTo(3);
            assertThat(forum.replies(thread.id(), 1, 2)).extracting(ForumPost::html)
                    .containsExactly("<p>Second</p>", "<p>Third</p>");
            assertThat(forum.replies(thread.id(), 0, 1).getFirst().source()).as("only the author gets the source").isNull();
        });
        assertThat(events.stream(PostPublished.class).filter(e -> e.threadId() == thread.id())).hasSize(4);
        assertThat(events.stream(ReplyPosted.class).filter(e -> e.threadId() == thread.id()).toList().getLast())
                .satisfies(e -> {
                    assertThat(e.participantIds()).containsExactly(open.member().id());
                    assertThat(e.link()).isEqualTo(thread.link());
                    assertThat(e.threadTitle()).isEqualTo("Step-free access");
                });
    }

    @Test
    void theForumListsPinnedThreadsFirstThenByLatestActivity() {
        ForumThread first = startThread(open.member(), "First", "a");
        ForumThread second = startThread(open.member(), "Second", "b");
        ForumThread third = startThread(open.member(), "Third", "c");
        as(open.otherMember(), () -> forum.reply(first.id(), "bump"));
        as(open.facilitator(), () -> forum.setPinned(second.id(), true));
        as(open.member(), () -> {
            assertThat(forum.threads(open.network().id(), 0, 10)).extracting(ForumThreadRow::title)
                    .containsExactly("Second", "First", "Third");
            assertThat(forum.threads(open.network().id(), 1, 1)).extracting(ForumThreadRow::title).containsExactly("First");
            assertThat(forum.threadCount(open.network().id())).isEqualTo(3);
        });
        assertThat(third.pinned()).isFalse();
    }

    @Test
    void authorsEditAndDeleteOnlyTheirOwnPosts() {
        ForumThread thread = startThread(open.member(), "Libraries", "Open on Sundays please");
        ForumPost reply = as(open.otherMember(), () -> forum.reply(thread.id(), "Agreed"));
        as(open.otherMember(), () -> forum.reply(thread.id(), "And later in the evening"));
        as(open.member(), () -> {
            refused("forum.post.not-yours", () -> forum.edit(reply.id(), "changed"));
            refused("forum.post.not-yours", () -> forum.delete(reply.id()));
        });
        as(open.facilitator(), () -> refused("forum.post.not-yours", () -> forum.edit(reply.id(), "changed")));
        ForumPost edited = as(open.otherMember(), () -> forum.edit(reply.id(), "Agreed, and on bank holidays"));
        assertThat(edited.editedAt()).isNotNull();
        assertThat(edited.source()).isEqualTo("Agreed, and on bank holidays");
        assertThat(events.stream(PostPublished.class).filter(e -> e.postId() == reply.id() && e.edited())).hasSize(1);

        as(open.otherMember(), () -> forum.delete(reply.id()));
        ForumPost placeholder = as(open.member(), () -> forum.replies(thread.id(), 0, 10).getFirst());
        assertThat(placeholder.state()).isEqualTo(PostState.DELETED);
        assertThat(placeholder.html()).isNull();
        assertThat(placeholder.authorName()).isNull();
        assertThat(jdbc.queryForObject("SELECT body_source FROM forum_post WHERE id = ?", String.class, reply.id()))
                .as("the text is gone from the database").isEmpty();
        as(open.otherMember(), () -> refused("forum.post.not-found", () -> forum.edit(reply.id(), "back")));
    }

    @Test
    void deletingTheOpeningPostOfAThreadNobodyAnsweredRemovesTheThread() {
        ForumThread lonely = startThread(open.member(), "Typo", "Posted by mistake");
        as(open.member(), () -> {
            forum.delete(lonely.opening().id());
            refused("forum.thread.not-found", () -> forum.thread(lonely.id()));
        });
    }

    @Test
    void onlyTheNetworksFacilitatorsPinAndLockAndALockedThreadTakesNoReplies() {
        ForumThread thread = startThread(open.member(), "Parking", "Blue badge bays");
        ForumFixtures other = ForumFixtures.network(networks, accounts, Visibility.OPEN);
        // A resident is refused by role; a facilitator of another network by the network's own rule.
        as(open.member(), () -> {
            assertDenied(() -> forum.setPinned(thread.id(), true));
            assertDenied(() -> forum.setLocked(thread.id(), true));
        });
        as(other.facilitator(), () -> refused("network.not-facilitator", () -> forum.setLocked(thread.id(), true)));

        ForumThread locked = as(open.facilitator(), () -> forum.setLocked(thread.id(), true));
        assertThat(locked.locked()).isTrue();
        as(open.otherMember(), () -> refused("forum.thread.locked", () -> forum.reply(thread.id(), "one more")));
        as(admin, () -> forum.setLocked(thread.id(), false));
        as(open.otherMember(), () -> forum.reply(thread.id(), "one more"));
        assertThat(jdbc.queryForList("SELECT action FROM moderation_log WHERE thread_id = ? ORDER BY id", String.class,
                thread.id())).containsExactly("LOCK_THREAD", "UNLOCK_THREAD");
    }

    @Test
    void reactionsCountOncePerPersonAndKindAndToggle() {
        ForumThread thread = startThread(open.member(), "Warm spaces", "Which libraries are warm spaces?");
        long post = thread.opening().id();
        as(open.otherMember(), () -> {
            assertThat(forum.react(post, Reaction.HELPFUL).count(Reaction.HELPFUL)).isEqualTo(1);
            forum.react(post, Reaction.AGREE);
        });
        as(open.facilitator(), () -> forum.react(post, Reaction.HELPFUL));
        ForumPost seen = as(open.otherMember(), () -> forum.thread(thread.id()).opening());
        assertThat(seen.count(Reaction.HELPFUL)).isEqualTo(2);
        assertThat(seen.myReactions()).containsExactlyInAnyOrder(Reaction.HELPFUL, Reaction.AGREE);
        ForumPost toggled = as(open.otherMember(), () -> forum.react(post, Reaction.HELPFUL));
        assertThat(toggled.count(Reaction.HELPFUL)).isEqualTo(1);
        assertThat(toggled.myReactions()).containsExactly(Reaction.AGREE);
    }

    @Test
    void emptyOrOverlongPostsAreRefusedWithAClearMessage() {
        as(open.member(), () -> {
            refused("forum.title.required", () -> forum.startThread(open.network().id(), " ", "text"));
            refused("forum.text.required", () -> forum.startThread(open.network().id(), "Title", "  "));
            refused("forum.title.too-long", () -> forum.startThread(open.network().id(), "x".repeat(201), "text"));
            refused("forum.text.too-long", () -> forum.startThread(open.network().id(), "Title", "x".repeat(10_001)));
        });
        assertThat(as(open.member(), () -> forum.threadCount(open.network().id()))).isZero();
    }

    @Test
    void theRateLimitStopsAFloodWithWhenToTryAgainAndHoldsInTheDatabase() {
        ForumThread thread = startThread(open.member(), "Bins", "Missed collections");
        as(open.member(), () -> {
            for (int i = 1; i < PostingLimit.PER_MINUTE; i++) {
                forum.reply(thread.id(), "reply " + i);
            }
            assertThatThrownBy(() -> forum.reply(thread.id(), "one too many")).isInstanceOf(TranslatableException.class)
                    .satisfies(e -> {
                        TranslatableException t = (TranslatableException) e;
                        assertThat(t.key()).isEqualTo("forum.rate-limit.minute");
                        assertThat(t.params()[0]).isEqualTo(PostingLimit.PER_MINUTE);
                        assertThat((Long) t.params()[1]).isBetween(1L, 60L);
                    });
            // Deleting does not give a place back.
            forum.delete(forum.replies(thread.id(), 0, 1).getFirst().id());
            refused("forum.rate-limit.minute", () -> forum.startThread(open.network().id(), "Another", "text"));
        });
        // Someone else in the same conversation is not affected.
        as(open.otherMember(), () -> forum.reply(thread.id(), "Mine too"));
        // An hour's worth written earlier (as if before a restart) counts too.
        jdbc.update("UPDATE forum_post SET created_at = ? WHERE author_id = ?",
                java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(10 * 60)), open.member().id());
        for (int i = 0; i < PostingLimit.PER_HOUR - PostingLimit.PER_MINUTE; i++) {
            jdbc.update("INSERT INTO forum_post (thread_id, network_id, author_id, opening, body_source, body_html, "
                    + "created_at) VALUES (?, ?, ?, FALSE, 'x', '<p>x</p>', ?)", thread.id(), open.network().id(),
                    open.member().id(), java.sql.Timestamp.from(java.time.Instant.now().minusSeconds(20 * 60)));
        }
        as(open.member(), () -> refused("forum.rate-limit.hour", () -> forum.reply(thread.id(), "again")));
    }

    @Test
    void htmlTamperedWithInTheDatabaseIsCleanedOnTheWayOut() {
        ForumThread thread = startThread(open.member(), "Tampered", "text");
        jdbc.update("UPDATE forum_post SET body_html = ? WHERE id = ?",
                "<p onclick=\"alert(1)\">hi<script>alert(2)</script><img src=x onerror=alert(3)>"
                        + "<a href=\"javascript:alert(4)\">x</a><svg onload=alert(5)></svg></p>", thread.opening().id());
        String html = as(open.otherMember(), () -> forum.thread(thread.id()).opening().html());
        assertThat(html).isEqualTo("<p>hi<a rel=\"nofollow noopener\">x</a></p>");
    }
}
