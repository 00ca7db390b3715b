package org.tellus.network.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.account.ui.LoginView;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.base.ui.NotFoundView;
import org.tellus.network.MemberRow;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Joining, asking to join, deciding a request, and invitation-only networks staying out of sight. */
@IntegrationTest
class NetworkViewsTest extends SpringBrowserlessTest {

    static final String RESIDENT = "networks-resident@example.org";
    static final String FACILITATOR = "networks-facilitator@example.org";

    @Autowired
    NetworkService networks;
    @Autowired
    AccountService accounts;

    /** The user a test's {@code @WithMockUser} names, the test's own; the facilitator may facilitate. */
    private UserSummary user(String email) {
        return email.equals(FACILITATOR) ? Fixtures.namedUser(accounts, email, Roles.RESIDENT, Roles.FACILITATOR)
                : Fixtures.namedUser(accounts, email, Roles.RESIDENT);
    }

    /** Services look the signed-in user's account up, so the users the tests sign in as exist before they act. */
    @BeforeEach
    void theUsers() {
        user(RESIDENT);
        user(FACILITATOR);
    }

    private NetworkDetails networkFacilitatedByTheFacilitator(Visibility visibility) {
        return NetworkFixtures.network(networks, visibility, user(FACILITATOR));
    }

    private Object viewAt(String route) {
        try {
            navigate(route, NetworksView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }

    /** Grids carry their name as an accessible name, not as an attribute. */
    private Grid<?> grid(String name) {
        return $(Grid.class).withCondition(g -> g.getAriaLabel().filter(name::equals).isPresent()).single();
    }

    private boolean hasGrid(String name) {
        return $(Grid.class).withCondition(g -> g.getAriaLabel().filter(name::equals).isPresent()).exists();
    }

    private boolean isMember(NetworkDetails network, UserSummary user) {
        return SystemTask.runAs(Roles.ADMIN, () -> networks.isMember(network.id(), user.id()));
    }

    @Test
    @WithMockUser(username = RESIDENT, roles = Roles.RESIDENT)
    void aResidentJoinsAnOpenNetworkFromTheList() {
        NetworkDetails open = networkFacilitatedByTheFacilitator(Visibility.OPEN);
        navigate(NetworksView.class);
        test($(Button.class).withAriaLabel("Join " + open.name()).single()).click();

        assertThat(isMember(open, user(RESIDENT))).isTrue();
        assertThat($(Button.class).withAriaLabel("Leave " + open.name()).exists()).isTrue();
        assertThat($(Span.class).withText("You are a member").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = RESIDENT, roles = Roles.RESIDENT)
    void aResidentAsksToJoinWithAMessage() {
        NetworkDetails onRequest = networkFacilitatedByTheFacilitator(Visibility.ON_REQUEST);
        navigate(NetworkPageView.class, Map.of(NetworkPageView.SLUG, onRequest.slug()));
        test($(Button.class).withAriaLabel("Ask to join " + onRequest.name()).single()).click();
        test($(TextArea.class).withLabel("Message to the facilitators (optional)").single()).setValue("I care for my dad");
        test($(Button.class).withText("Send my request").single()).click();

        assertThat($(Span.class).withText("Your request is waiting for a facilitator").exists()).isTrue();
        assertThat(isMember(onRequest, user(RESIDENT))).isFalse();
        UserSummary facilitator = user(FACILITATOR);
        assertThat(NetworkFixtures.as(facilitator, () -> networks.pendingRequests(onRequest.id())))
                .extracting(MemberRow::message).containsExactly("I care for my dad");
    }

    @Test
    @WithMockUser(username = FACILITATOR, roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void theFacilitatorApprovesARequestOnTheNetworkPage() {
        NetworkDetails onRequest = networkFacilitatedByTheFacilitator(Visibility.ON_REQUEST);
        UserSummary asker = NetworkFixtures.user(accounts, Roles.RESIDENT);
        NetworkFixtures.as(asker, () -> networks.requestToJoin(onRequest.id(), "Please let me in"));

        navigate(NetworkPageView.class, Map.of(NetworkPageView.SLUG, onRequest.slug()));
        Grid<?> requests = grid("Requests to join");
        assertThat(test(requests).getCellText(0, 1)).isEqualTo("Please let me in");
        HorizontalLayout decision = (HorizontalLayout) test(requests).getCellComponent(0, 3);
        test((Button) decision.getComponentAt(0)).click();
        test($(TextArea.class).withLabel("Message to the person (optional)").single()).setValue("Welcome");
        test($(Button.class).withText("Approve").withCondition(b -> b.getAriaLabel().isEmpty()).single()).click();

        assertThat(isMember(onRequest, asker)).isTrue();
        assertThat(hasGrid("Requests to join")).isFalse();
        assertThat(test(grid("Members")).size()).isEqualTo(1);
    }

    @Test
    @WithMockUser(username = FACILITATOR, roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void removingAMemberNeedsAReason() {
        NetworkDetails open = networkFacilitatedByTheFacilitator(Visibility.OPEN);
        UserSummary member = NetworkFixtures.user(accounts, Roles.RESIDENT);
        NetworkFixtures.as(member, () -> networks.join(open.id()));

        navigate(NetworkPageView.class, Map.of(NetworkPageView.SLUG, open.slug()));
        Button remove = (Button) test(grid("Members")).getCellComponent(0, 2);
        assertThat(remove.getAriaLabel()).contains("Remove " + member.displayName());
        test(remove).click();
        Button confirm = $(Button.class).withText("Remove").withCondition(b -> b.getAriaLabel().isEmpty()).single();
        test(confirm).click();
        TextArea reason = $(TextArea.class).withLabel("Reason").single();
        assertThat(reason.isInvalid()).isTrue();
        assertThat(isMember(open, member)).isTrue();

        test(reason).setValue("Posted someone's address");
        test(confirm).click();
        assertThat(isMember(open, member)).isFalse();
        assertThat(test(grid("Removed members")).getCellText(0, 3))
                .isEqualTo("Posted someone's address");
    }

    @Test
    @WithMockUser(username = RESIDENT, roles = Roles.RESIDENT)
    void anInvitationOnlyNetworkIsNeitherListedNorReachableForANonMember() {
        NetworkDetails open = networkFacilitatedByTheFacilitator(Visibility.OPEN);
        NetworkDetails hidden = networkFacilitatedByTheFacilitator(Visibility.INVITATION_ONLY);
        NetworkDetails alsoHidden = networkFacilitatedByTheFacilitator(Visibility.INVITATION_ONLY);
        navigate(NetworksView.class);
        assertThat($(RouterLink.class).all()).extracting(RouterLink::getText)
                .contains(open.name()).doesNotContain(hidden.name(), alsoHidden.name());

        assertThat(viewAt("networks/" + hidden.slug())).isInstanceOf(NotFoundView.class);
        assertThat(viewAt("networks/" + alsoHidden.slug())).isInstanceOf(NotFoundView.class);
        assertThat(viewAt("networks/no-such-network")).isInstanceOf(NotFoundView.class);
    }

    @Test
    @WithMockUser(username = RESIDENT, roles = Roles.RESIDENT)
    void aResidentCannotOpenTheAdministratorsPage() {
        assertThat(viewAt("admin/networks")).isNotInstanceOf(AdminNetworksView.class);
    }

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreSentToSignIn() {
        NetworkDetails open = networkFacilitatedByTheFacilitator(Visibility.OPEN);
        assertThat(viewAt("networks")).isInstanceOf(LoginView.class);
        assertThat(viewAt("networks/" + open.slug())).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(username = "networks-admin@example.org", roles = Roles.ADMIN)
    void anAdministratorCreatesANetwork() {
        String name = "Veterans " + UUID.randomUUID();
        navigate(AdminNetworksView.class);
        test($(TextField.class).withLabel("Name").single()).setValue(name);
        test($(TextArea.class).withLabel("Description").single()).setValue("For veterans and their families");
        test($(Button.class).withText("Create the network").single()).click();

        assertThat(SystemTask.runAs(Roles.ADMIN, () -> networks.allNetworks()).stream().map(NetworkDetails::name))
                .contains(name);
    }
}
