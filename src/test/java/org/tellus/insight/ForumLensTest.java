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
import org.tellus.plan.PlanService;
import org.tellus.plan.ThemeSummary;
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
    @Autowired
    PlanService plan;

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
    void theForumsAreASourceBesideTheAnswersCountedInPeople() {
        UserSummary facilitator = NetworkFixtures.user(accounts, Roles.RESIDENT, Roles.FACILITATOR);
        NetworkDetails small = NetworkFixtures.network(networks, Visibility.OPEN, facilitator);
        posts(small, 4, "transport");
        ForumThemes forums = SystemTask.runAs(Roles.OFFICER, () -> lens.forumThemes(IN_MAY_2001));

        // 25 carers and 30 in the disability network, and the 4 of the small one; one person per post
        assertThat(forums.people()).isEqualTo(CellCount.of(59));
        assertThat(theme(forums.themes(), "transport").responses()).isEqualTo(CellCount.of(29));
        assertThat(theme(forums.themes(), "transport").share().getAsDouble()).isCloseTo(29.0 / 59, within(1e-9));
        assertThat(theme(forums.themes(), "housing").responses()).isEqualTo(CellCount.of(30));
        assertThat(forums.networks()).as("neither the invitation-only network nor the one that opted out")
                .extracting(ForumThemes.Network::name)
                .containsExactlyInAnyOrder(carers.name(), disability.name(), small.name());
        ForumThemes.Network smallOne = forums.networks().stream().filter(n -> n.name().equals(small.name())).findFirst().orElseThrow();
        assertThat(smallOne.people().suppressed()).isTrue();
        assertThat(smallOne.themes()).allSatisfy(t -> {
            assertThat(t.responses().suppressed()).isTrue();
            assertThat(t.share()).isEmpty();
        });
        ForumThemes.Network carersOne = forums.networks().stream().filter(n -> n.name().equals(carers.name())).findFirst().orElseThrow();
        assertThat(theme(carersOne.themes(), "transport").responses()).isEqualTo(CellCount.of(15));
        assertThat(theme(carersOne.themes(), "housing").responses()).isEqualTo(CellCount.of(10));

        // A priority reaches the people with a post carrying any of its themes, each person once.
        List<ThemeSummary> taxonomy = SystemTask.runAs(Roles.OFFICER, () -> plan.themes());
        for (PriorityReach reach : forums.priorities()) {
            boolean transport = mapped(taxonomy, "transport", reach.priorityId());
            boolean housing = mapped(taxonomy, "housing", reach.priorityId());
            long expected = transport && housing ? 59 : transport ? 29 : housing ? 30 : 0;
            assertThat(reach.responses()).as(reach.priorityId()).isEqualTo(CellCount.of(expected));
        }
    }

    private static boolean mapped(List<ThemeSummary> taxonomy, String themeId, String priorityId) {
        return taxonomy.stream().anyMatch(t -> t.id().equals(themeId) && t.priorityIds().contains(priorityId));
    }

    private static ThemeCounts.ThemeCount theme(List<ThemeCounts.ThemeCount> themes, String id) {
        return themes.stream().filter(t -> t.themeId().equals(id)).findFirst().orElseThrow();
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void residentsAndFacilitatorsAreDeniedTheForumLens() {
        assertThatThrownBy(() -> lens.compare(InsightScope.allConsultations(), GroupComparison.NETWORK_FORUM, IN_MAY_2001))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> lens.forumThemes(IN_MAY_2001)).isInstanceOf(AccessDeniedException.class);
    }

    private static GroupComparison.Comparison comparison(GroupComparison result, String theme, NetworkDetails network) {
        return result.comparisons().stream()
                .filter(c -> c.themeId().equals(theme) && c.groupCode().equals(String.valueOf(network.id())))
                .findFirst().orElseThrow();
    }

    private long posts(NetworkDetails network, int people, String theme) {
        return new ForumPosts(jdbc, transaction, accounts, activeVersion).post(network, people, theme,
                Timestamp.valueOf("2001-05-10 12:00:00"));
    }
}
