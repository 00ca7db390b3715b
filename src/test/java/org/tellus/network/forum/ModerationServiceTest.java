package org.tellus.network.forum;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;

import java.util.List;

import static org.tellus.AccessRules.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.tellus.network.NetworkFixtures.as;
import static org.tellus.network.forum.ForumServiceTest.refused;

/** Reports, the moderation queue, hiding and restoring, and the audit log, each with the refused cases. */
@IntegrationTest
@RecordApplicationEvents
class ModerationServiceTest {

    @Autowired
    ModerationService moderation;
    @Autowired
    ForumService forum;
    @Autowired
    NetworkService networks;
    @Autowired
    AccountService accounts;
    @Autowired
    ApplicationEvents events;

    ForumFixtures a;
    ForumFixtures b;
    UserSummary admin;
    ForumThread thread;
    ForumPost rude;

    @BeforeEach
    void setUp() {
        a = ForumFixtures.network(networks, accounts, Visibility.OPEN);
        b = ForumFixtures.network(networks, accounts, Visibility.OPEN);
        admin = NetworkFixtures.user(accounts, Roles.ADMIN);
        thread = as(a.member(), () -> forum.startThread(a.network().id(), "Youth club", "Should it open on Fridays?"));
        rude = as(a.otherMember(), () -> forum.reply(thread.id(), "What a stupid idea"));
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreDeniedEverything() {
        List<Runnable> calls = List.of(() -> moderation.report(rude.id(), "rude"), () -> moderation.queue(null, 0, 10),
                () -> moderation.queueSize(null), () -> moderation.hide(rude.id(), "x"),
                () -> moderation.restore(rude.id(), "x"), () -> moderation.dismiss(1, null),
                () -> moderation.auditLog(0, 10), moderation::auditLogSize);
        calls.forEach(call -> assertDenied(call::run));
    }

    @Test
    void aMemberReportsAPostOnceAndNotTheirOwn() {
        as(a.member(), () -> {
            refused("moderation.report.reason-required", () -> moderation.report(rude.id(), " "));
            moderation.report(rude.id(), "Name-calling");
            refused("moderation.report.already", () -> moderation.report(rude.id(), "Again"));
            refused("moderation.report.own-post", () -> moderation.report(thread.opening().id(), "mine"));
        });
        as(b.member(), () -> refused("forum.members-only", () -> moderation.report(rude.id(), "from outside")));
        as(a.facilitator(), () -> assertThat(moderation.queue(a.network().id(), 0, 10))
                .extracting(ReportRow::reason, ReportRow::postText, ReportRow::threadTitle)
                .containsExactly(org.assertj.core.groups.Tuple.tuple("Name-calling", "What a stupid idea", "Youth club")));
    }

    @Test
    void residentsAndFacilitatorsOfOtherNetworksCannotModerate() {
        as(a.member(), () -> moderation.report(rude.id(), "Name-calling"));
        as(a.member(), () -> {
            assertDenied(() -> moderation.queue(null, 0, 10));
            assertDenied(() -> moderation.hide(rude.id(), "x"));
            assertDenied(() -> moderation.restore(rude.id(), "x"));
            assertDenied(() -> moderation.dismiss(1, null));
            assertDenied(() -> moderation.auditLog(0, 10));
        });
        long report = as(a.facilitator(), () -> moderation.queue(null, 0, 10).getFirst().reportId());
        as(b.facilitator(), () -> {
            refused("network.not-facilitator", () -> moderation.queue(a.network().id(), 0, 10));
            assertThat(moderation.queue(null, 0, 100)).extracting(ReportRow::reportId).doesNotContain(report);
            assertThat(moderation.queueSize(null)).isZero();
            refused("network.not-facilitator", () -> moderation.hide(rude.id(), "x"));
            refused("network.not-facilitator", () -> moderation.dismiss(report, null));
            assertDenied(() -> moderation.auditLog(0, 10));
        });
        as(admin, () -> assertThat(moderation.queue(null, 0, 500)).extracting(ReportRow::reportId).contains(report));
    }

    @Test
    void aHiddenNetworksReportsStayOutOfSight() {
        ForumFixtures hidden = ForumFixtures.network(networks, accounts, Visibility.INVITATION_ONLY);
        ForumThread secret = as(hidden.member(), () -> forum.startThread(hidden.network().id(), "Rent", "Arrears"));
        ForumPost post = as(hidden.otherMember(), () -> forum.reply(secret.id(), "Rude reply"));
        as(hidden.member(), () -> moderation.report(post.id(), "Rude"));
        as(a.facilitator(), () -> {
            refused("network.not-found", () -> moderation.queue(hidden.network().id(), 0, 10));
            refused("forum.thread.not-found", () -> moderation.hide(post.id(), "x"));
            long report = as(hidden.facilitator(), () -> moderation.queue(null, 0, 10).getFirst().reportId());
            refused("moderation.report.not-found", () -> moderation.dismiss(report, null));
        });
        as(a.member(), () -> refused("forum.thread.not-found", () -> moderation.report(post.id(), "x")));
    }

    @Test
    void aHiddenPostIsGoneForMembersVisibleToFacilitatorsAndTheAuthorSeesWhy() {
        as(a.member(), () -> moderation.report(rude.id(), "Name-calling"));
        as(a.facilitator(), () -> {
            refused("moderation.hide.reason-required", () -> moderation.hide(rude.id(), ""));
            moderation.hide(rude.id(), "Please disagree without insults");
            assertThat(moderation.queueSize(a.network().id())).as("the report is closed").isZero();
            ForumPost seen = forum.replies(thread.id(), 0, 10).getFirst();
            assertThat(seen.state()).isEqualTo(PostState.HIDDEN);
            assertThat(seen.html()).isEqualTo("<p>What a stupid idea</p>");
            assertThat(seen.hiddenReason()).isEqualTo("Please disagree without insults");
        });
        as(a.member(), () -> {
            ForumPost seen = forum.replies(thread.id(), 0, 10).getFirst();
            assertThat(seen.state()).isEqualTo(PostState.HIDDEN);
            assertThat(seen.html()).isNull();
            assertThat(seen.authorName()).isNull();
            assertThat(seen.hiddenReason()).isNull();
            refused("forum.react.not-possible", () -> forum.react(rude.id(), Reaction.AGREE));
        });
        as(a.otherMember(), () -> {
            ForumPost mine = forum.replies(thread.id(), 0, 10).getFirst();
            assertThat(mine.html()).isEqualTo("<p>What a stupid idea</p>");
            assertThat(mine.hiddenReason()).isEqualTo("Please disagree without insults");
            refused("forum.post.hidden-no-edit", () -> forum.edit(rude.id(), "sneaky"));
        });
        assertThat(events.stream(PostHidden.class)).singleElement().satisfies(e -> {
            assertThat(e.authorId()).isEqualTo(a.otherMember().id());
            assertThat(e.reason()).isEqualTo("Please disagree without insults");
            assertThat(e.link()).isEqualTo(thread.link());
        });

        as(a.facilitator(), () -> {
            refused("moderation.restore.reason-required", () -> moderation.restore(rude.id(), null));
            moderation.restore(rude.id(), "The author apologised");
            refused("moderation.restore.not-hidden", () -> moderation.restore(rude.id(), "again"));
        });
        as(a.member(), () -> assertThat(forum.replies(thread.id(), 0, 10).getFirst().html())
                .isEqualTo("<p>What a stupid idea</p>"));
    }

    @Test
    void aHiddenOpeningPostHidesTheThreadsTitleFromMembers() {
        as(a.facilitator(), () -> moderation.hide(thread.opening().id(), "Off topic"));
        as(a.otherMember(), () -> {
            assertThat(forum.thread(thread.id()).title()).isNull();
            assertThat(forum.threads(a.network().id(), 0, 10)).singleElement()
                    .satisfies(row -> assertThat(row.title()).isNull());
        });
        as(a.member(), () -> assertThat(forum.thread(thread.id()).title()).isEqualTo("Youth club"));
        as(a.facilitator(), () -> assertThat(forum.thread(thread.id()).title()).isEqualTo("Youth club"));
    }

    @Test
    void everyModerationActionAndRemovalGoesInTheAuditLogForAdministrators() {
        as(a.member(), () -> moderation.report(rude.id(), "Name-calling"));
        as(b.member(), () -> {
            ForumThread t = forum.startThread(b.network().id(), "Parks", "More benches");
            ForumPost p = forum.reply(t.id(), "and bins");
            as(b.otherMember(), () -> moderation.report(p.id(), "spam?"));
        });
        long bReport = as(b.facilitator(), () -> moderation.queue(null, 0, 10).getFirst().reportId());
        as(b.facilitator(), () -> moderation.dismiss(bReport, "Not spam"));
        as(a.facilitator(), () -> {
            moderation.hide(rude.id(), "Insult");
            moderation.restore(rude.id(), "Reconsidered");
            forum.setPinned(thread.id(), true);
            networks.remove(a.network().id(), a.otherMember().id(), "Repeated insults");
        });
        List<AuditEntry> log = as(admin, () -> moderation.auditLog(0, 5));
        assertThat(log).extracting(AuditEntry::action).containsExactly("REMOVE_MEMBER", "PIN_THREAD", "RESTORE_POST",
                "HIDE_POST", "DISMISS_REPORT");
        assertThat(log.getFirst()).satisfies(e -> {
            assertThat(e.subject()).isEqualTo(a.otherMember().displayName());
            assertThat(e.reason()).isEqualTo("Repeated insults");
            assertThat(e.actorName()).isEqualTo(a.facilitator().displayName());
            assertThat(e.networkName()).isEqualTo(a.network().name());
        });
        assertThat(log.get(3)).satisfies(e -> {
            assertThat(e.subject()).isEqualTo("Youth club");
            assertThat(e.reason()).isEqualTo("Insult");
        });
        assertThat(as(admin, moderation::auditLogSize)).isGreaterThanOrEqualTo(5);
    }
}
