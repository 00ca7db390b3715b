package org.tellus.insight;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.transaction.support.TransactionTemplate;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;
import org.tellus.tagging.ModelSummary;
import org.tellus.tagging.TaggingService;

import java.sql.Timestamp;
import java.time.LocalDate;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

/**
 * The lens by network forum, on posts written in May 2001 so that no other test's posts fall in the dates. The tags
 * are written with the active model's version, as the background tagger would, so it leaves them alone.
 */
@IntegrationTest
class ForumLensTest {

    private static final LocalDate MAY_2001 = LocalDate.of(2001, 5, 1);
    private static final InsightFilter IN_MAY_2001 = new InsightFilter(MAY_2001, MAY_2001.plusDays(30), null, null, null);

    @Autowired
    EquityLensService lens;
    @Autowired
    NetworkService networks;
    @Autowired
    AccountService accounts;
    @Autowired
    TaggingService tagging;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    TransactionTemplate transaction;

    NetworkDetails carers;
    NetworkDetails disability;
    NetworkDetails invitationOnly;
    NetworkDetails optedOut;
    String activeVersion;

    @BeforeEach
    void postsInMay2001() {
        jdbc.update("DELETE FROM forum_post WHERE created_at >= '2001-01-01' AND created_at < '2002-01-01'");
        UserSummary facilitator = NetworkFixtures.user(accounts, Roles.RESIDENT, Roles.FACILITATOR);
        carers = NetworkFixtures.network(networks, Visibility.OPEN, facilitator);
        disability = NetworkFixtures.network(networks, Visibility.ON_REQUEST, facilitator);
        invitationOnly = NetworkFixtures.network(networks, Visibility.INVITATION_ONLY, facilitator);
        optedOut = NetworkFixtures.network(networks, Visibility.OPEN, facilitator);
        jdbc.update("UPDATE network SET forum_in_analysis = FALSE WHERE id = ?", optedOut.id());
        activeVersion = SystemTask.runAs(Roles.OFFICER, () -> tagging.modelVersions().stream()
                .filter(ModelSummary::active).findFirst().orElseThrow().version());

        posts(carers, 15, "transport");
        posts(carers, 10, "housing");
        posts(disability, 10, "transport");
        posts(disability, 20, "housing");
        posts(invitationOnly, 12, "transport");
        posts(optedOut, 12, "transport");
        long hiddenPost = posts(carers, 1, "transport");
        jdbc.update("UPDATE forum_post SET hidden = TRUE WHERE id = ?", hiddenPost);
        long deletedPost = posts(carers, 1, "transport");
        jdbc.update("UPDATE forum_post SET deleted_at = created_at WHERE id = ?", deletedPost);
    }

    @Test
    void eachNetworkForumIsComparedWithThePeoplePostingInTheOthers() {
        GroupComparison result = SystemTask.runAs(Roles.OFFICER,
                () -> lens.compare(InsightScope.allConsultations(), GroupComparison.NETWORK_FORUM, IN_MAY_2001));

        assertThat(result.groups()).as("neither the invitation-only network nor the one that opted out")
                .extracting(GroupComparison.Group::code)
                .containsExactlyInAnyOrder(String.valueOf(carers.id()), String.valueOf(disability.id()));
        assertThat(result.groups()).as("one person per post; the hidden and the deleted post are not counted")
                .extracting(g -> g.code() + ":" + g.respondents().count().orElseThrow())
                .containsExactlyInAnyOrder(carers.id() + ":25", disability.id() + ":30");

        // Carers 15 of 25 against 10 of 30: z = 1.9777, p = 0.04797; housing is the mirror (10 of 25 against 20 of
        // 30), so Holm over the four comparisons shown gives 4 x 0.04797 = 0.19187 for each.
        GroupComparison.Comparison carersTransport = comparison(result, "transport", carers);
        assertThat(carersTransport.groupShare().getAsDouble()).isCloseTo(0.6, within(1e-9));
        assertThat(carersTransport.othersShare().getAsDouble()).isCloseTo(10.0 / 30, within(1e-9));
        assertThat(carersTransport.z().getAsDouble()).isCloseTo(1.9777, within(1e-4));
        assertThat(carersTransport.adjustedP().getAsDouble()).isCloseTo(0.19187, within(1e-4));
        assertThat(carersTransport.finding()).isEqualTo(GroupComparison.Finding.NO_CLEAR_DIFFERENCE);
        assertThat(comparison(result, "transport", disability).z().getAsDouble()).isCloseTo(-1.9777, within(1e-4));
        assertThat(comparison(result, "housing", carers).z().getAsDouble()).isCloseTo(-1.9777, within(1e-4));
        assertThat(result.comparisons()).filteredOn(c -> c.finding() != GroupComparison.Finding.SUPPRESSED).hasSize(4);
        assertThat(result.comparisons()).filteredOn(c -> c.finding() != GroupComparison.Finding.SUPPRESSED)
                .allSatisfy(c -> assertThat(c.responses().count().orElseThrow()).isGreaterThanOrEqualTo(10));
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void residentsAndFacilitatorsAreDeniedTheForumLens() {
        assertThatThrownBy(() -> lens.compare(InsightScope.allConsultations(), GroupComparison.NETWORK_FORUM, IN_MAY_2001))
                .isInstanceOf(AccessDeniedException.class);
    }

    private static GroupComparison.Comparison comparison(GroupComparison result, String theme, NetworkDetails network) {
        return result.comparisons().stream()
                .filter(c -> c.themeId().equals(theme) && c.groupCode().equals(String.valueOf(network.id())))
                .findFirst().orElseThrow();
    }

    /**
     * One post each by {@code people} new members, tagged with the theme; returns the last post's id. Each post and
     * its tags commit together, so the background tagger's sweep never finds one untagged.
     */
    private long posts(NetworkDetails network, int people, String theme) {
        long post = 0;
        for (int i = 0; i < people; i++) {
            UserSummary author = NetworkFixtures.user(accounts, Roles.RESIDENT);
            post = transaction.execute(status -> post(network, author, theme));
        }
        return post;
    }

    private long post(NetworkDetails network, UserSummary author, String theme) {
        Timestamp may = Timestamp.valueOf("2001-05-10 12:00:00");
        jdbc.update("INSERT INTO forum_thread (network_id, title, author_id, last_activity_at, created_at) VALUES (?, ?, ?, ?, ?)",
                network.id(), "May 2001", author.id(), may, may);
        long thread = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        jdbc.update("""
                INSERT INTO forum_post (thread_id, network_id, author_id, opening, body_source, body_html, created_at)
                VALUES (?, ?, ?, TRUE, 'text', '<p>text</p>', ?)""", thread, network.id(), author.id(), may);
        long post = jdbc.queryForObject("SELECT LAST_INSERT_ID()", Long.class);
        jdbc.update("INSERT INTO post_tagging (post_id, model_version, edited_at, tagged_at) VALUES (?, ?, NULL, ?)",
                post, activeVersion, may);
        jdbc.update("""
                INSERT INTO post_machine_tag (post_id, theme_id, confidence, explanation, model_version)
                VALUES (?, ?, 0.9, 'text', ?)""", post, theme, activeVersion);
        return post;
    }
}
