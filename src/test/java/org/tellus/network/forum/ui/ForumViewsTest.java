package org.tellus.network.forum.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.virtuallist.VirtualList;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.base.ui.NotFoundView;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;
import org.tellus.network.forum.ForumPost;
import org.tellus.network.forum.ForumService;
import org.tellus.network.forum.ForumThread;
import org.tellus.network.forum.ModerationService;
import org.tellus.network.forum.PostState;
import org.tellus.network.ui.NetworkPageView;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tellus.network.NetworkFixtures.as;

/**
 * Each forum use case through its views: starting a thread, replying and reacting, the members-only and
 * not-found answers, a locked thread, the moderation queue, the author told why, and the audit log. Each test
 * signs in as its own member, so the posting limit of one test never meets another's.
 */
@IntegrationTest
class ForumViewsTest extends SpringBrowserlessTest {

    static final String FACILITATOR = "forum-facilitator@example.org";
    static final String ADMIN = "forum-admin@example.org";
    static final String STARTER = "forum-starter@example.org";
    static final String REPLIER = "forum-replier@example.org";
    static final String OUTSIDER = "forum-outsider@example.org";
    static final String LOCKED_OUT = "forum-locked@example.org";
    static final String HIDDEN_AUTHOR = "forum-hidden-author@example.org";

    @Autowired
    NetworkService networks;
    @Autowired
    AccountService accounts;
    @Autowired
    ForumService forum;
    @Autowired
    ModerationService moderation;

    NetworkDetails network;
    UserSummary facilitator;
    UserSummary someoneElse;

    @BeforeEach
    void aNetworkOfTheTestsFacilitator() {
        facilitator = Fixtures.namedUser(accounts, FACILITATOR, Roles.RESIDENT, Roles.FACILITATOR);
        network = NetworkFixtures.network(networks, Visibility.OPEN, facilitator);
        someoneElse = NetworkFixtures.user(accounts, Roles.RESIDENT);
        join(someoneElse);
    }

    private UserSummary user(String email) {
        return Fixtures.namedUser(accounts, email, Roles.RESIDENT);
    }

    private UserSummary member(String email) {
        UserSummary user = user(email);
        join(user);
        return user;
    }

    private void join(UserSummary user) {
        SystemTask.runAs(Roles.ADMIN, () -> networks.addMember(network.id(), user.id()));
    }

    private ForumThread threadBySomeoneElse() {
        return as(someoneElse, () -> forum.startThread(network.id(), "Library opening hours", "Open *later* please"));
    }

    private Object viewAt(String route) {
        try {
            navigate(route, ForumView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }

    private void openThread(ForumThread thread) {
        navigate(ThreadView.class, Map.of(ForumView.SLUG, network.slug(), ThreadView.THREAD, Long.toString(thread.id())));
    }

    @Test
    @WithMockUser(username = STARTER, roles = Roles.RESIDENT)
    void aMemberFindsTheForumFromTheNetworkPageAndStartsAThread() {
        member(STARTER);
        navigate(NetworkPageView.class, Map.of(NetworkPageView.SLUG, network.slug()));
        assertThat($(RouterLink.class).withText("Go to the forum of " + network.name()).exists()).isTrue();

        navigate(ForumView.class, Map.of(ForumView.SLUG, network.slug()));
        test($(TextField.class).withLabel("Title").single()).setValue("Step-free access at the station");
        test($(TextArea.class).withLabel("Your post").single()).setValue("The lift is *often* broken.\n\n- mornings\n- evenings");
        assertThat($(TextArea.class).withLabel("Your post").single().getHelperText()).contains("blank line");
        test($(Button.class).withText("Post the thread").single()).click();

        assertThat(getCurrentView()).isInstanceOf(ThreadView.class);
        assertThat($(H1.class).single().getText()).isEqualTo("Step-free access at the station");
        navigate(ForumView.class, Map.of(ForumView.SLUG, network.slug()));
        Grid<?> threads = $(Grid.class).single();
        assertThat(test(threads).size()).isEqualTo(1);
        assertThat(test(threads).getCellText(0, 1)).isEqualTo("forum-starter");
    }

    @Test
    @WithMockUser(username = REPLIER, roles = Roles.RESIDENT)
    void aMemberRepliesAndReacts() {
        member(REPLIER);
        ForumThread thread = threadBySomeoneElse();
        openThread(thread);
        test($(Button.class).withText("Agree (0)").single()).click();
        Button given = $(Button.class).withText("✓ Agree (1)").single();
        assertThat(given.getElement().getAttribute("aria-pressed")).isEqualTo("true");

        test($(TextArea.class).withLabel("Your reply").single()).setValue("Yes, until 8pm at least");
        test($(Button.class).withText("Post the reply").single()).click();
        VirtualList<?> replies = $(VirtualList.class).single();
        assertThat(test(replies).size()).isEqualTo(1);
        assertThat(((ForumPost) test(replies).getItem(0)).html()).isEqualTo("<p>Yes, until 8pm at least</p>");
    }

    @Test
    @WithMockUser(username = OUTSIDER, roles = Roles.RESIDENT)
    void aNonMemberIsToldTheForumIsForMembersAndAHiddenNetworkIsNotFound() {
        user(OUTSIDER);
        ForumThread thread = threadBySomeoneElse();
        navigate(ForumView.class, Map.of(ForumView.SLUG, network.slug()));
        assertThat($(Paragraph.class).withText("The forum of " + network.name()
                + " is for its members. Join the network to read and take part.").exists()).isTrue();
        assertThat($(Grid.class).exists()).isFalse();
        assertThat(viewAt("networks/" + network.slug() + "/forum/" + thread.id())).isInstanceOf(ForumView.class);

        NetworkDetails hidden = NetworkFixtures.network(networks, Visibility.INVITATION_ONLY, facilitator);
        assertThat(viewAt("networks/" + hidden.slug() + "/forum")).isInstanceOf(NotFoundView.class);
        assertThat(viewAt("networks/care-leavers/forum")).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = LOCKED_OUT, roles = Roles.RESIDENT)
    void aLockedThreadSaysSoAndOffersNoReplyBox() {
        member(LOCKED_OUT);
        ForumThread thread = threadBySomeoneElse();
        as(facilitator, () -> forum.setLocked(thread.id(), true));
        openThread(thread);
        assertThat($(Paragraph.class).withText("This thread is locked: a facilitator has closed it to new replies.")
                .exists()).isTrue();
        assertThat($(TextArea.class).withLabel("Your reply").exists()).isFalse();
        assertThat($(Button.class).withText("Lock the thread").exists()).as("residents do not moderate").isFalse();
    }

    @Test
    @WithMockUser(username = FACILITATOR, roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void theFacilitatorHidesAReportedPostFromTheQueue() {
        ForumThread thread = threadBySomeoneElse();
        UserSummary reporter = NetworkFixtures.user(accounts, Roles.RESIDENT);
        join(reporter);
        as(reporter, () -> moderation.report(thread.opening().id(), "Shares a neighbour's address"));

        navigate(ModerationView.class);
        Grid<?> queue = $(Grid.class).single();
        int row = rowWithReason(queue, "Shares a neighbour's address");
        HorizontalLayout actions = (HorizontalLayout) test(queue).getCellComponent(row, 5);
        test((Button) actions.getComponentAt(0)).click();
        test($(TextArea.class).withLabel("Reason").single()).setValue("Personal details of someone else");
        test($(Button.class).withText("Hide").withCondition(b -> b.getAriaLabel().isEmpty()).single()).click();

        ForumPost seen = as(reporter, () -> forum.thread(thread.id()).opening());
        assertThat(seen.state()).isEqualTo(PostState.HIDDEN);
        assertThat(seen.html()).isNull();
        assertThat(rowWithReason($(Grid.class).single(), "Shares a neighbour's address")).isEqualTo(-1);
    }

    private int rowWithReason(Grid<?> queue, String reason) {
        for (int i = 0; i < test(queue).size(); i++) {
            if (reason.equals(test(queue).getCellText(i, 3))) {
                return i;
            }
        }
        return -1;
    }

    @Test
    @WithMockUser(username = HIDDEN_AUTHOR, roles = Roles.RESIDENT)
    void theAuthorSeesThatTheirPostWasHiddenAndWhy() {
        UserSummary author = member(HIDDEN_AUTHOR);
        ForumThread thread = as(author, () -> forum.startThread(network.id(), "Parking", "Something unkind"));
        as(facilitator, () -> moderation.hide(thread.opening().id(), "Please keep it civil"));
        openThread(thread);
        assertThat($(Paragraph.class).withText("A facilitator hid your post from the other members. Their reason: "
                + "Please keep it civil").exists()).isTrue();
        assertThat($(H1.class).single().getText()).isEqualTo("Parking");
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void theAdministratorReadsTheAuditLog() {
        ForumThread thread = threadBySomeoneElse();
        as(facilitator, () -> forum.setPinned(thread.id(), true));
        navigate(AuditLogView.class);
        Grid<?> log = $(Grid.class).single();
        assertThat(test(log).size()).isPositive();
        assertThat(test(log).getCellText(0, 3)).isEqualTo("Pinned a thread");
        assertThat(test(log).getCellText(0, 4)).isEqualTo("Library opening hours");
    }

    @Test
    @WithMockUser(username = OUTSIDER, roles = Roles.RESIDENT)
    void aResidentOpensNeitherTheModerationQueueNorTheAuditLog() {
        assertThat(viewAt("moderation")).isNotInstanceOf(ModerationView.class);
        assertThat(viewAt("admin/audit-log")).isNotInstanceOf(AuditLogView.class);
    }

    @Test
    @WithMockUser(username = FACILITATOR, roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void aFacilitatorOpensTheQueueButNotTheAuditLog() {
        assertThat(viewAt("moderation")).isInstanceOf(ModerationView.class);
        assertThat(viewAt("admin/audit-log")).isNotInstanceOf(AuditLogView.class);
    }
}
