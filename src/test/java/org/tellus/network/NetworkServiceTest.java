package org.tellus.network;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;

import java.util.List;
import java.util.function.Supplier;

import static org.tellus.AccessRules.assertDenied;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tellus.network.NetworkFixtures.as;
import static org.tellus.network.NetworkFixtures.network;
import static org.tellus.network.NetworkFixtures.user;

/** Every access rule of the networks, each with the case that is refused. */
@IntegrationTest
class NetworkServiceTest {

    @Autowired
    NetworkService networks;
    @Autowired
    AccountService accounts;

    UserSummary facilitator;
    UserSummary resident;
    UserSummary outsider;
    UserSummary admin;

    @BeforeEach
    void people() {
        facilitator = user(accounts, Roles.RESIDENT, Roles.FACILITATOR);
        resident = user(accounts, Roles.RESIDENT);
        outsider = user(accounts, Roles.RESIDENT);
        admin = user(accounts, Roles.ADMIN);
    }

    private static void refused(String key, Runnable call) {
        assertThatThrownBy(call::run).isInstanceOf(TranslatableException.class)
                .extracting(e -> ((TranslatableException) e).key()).isEqualTo(key);
    }


    // --- anonymous ---

    @Test
    @WithAnonymousUser
    void anonymousVisitorsAreDeniedEverything() {
        NetworkDetails open = network(networks, Visibility.OPEN, facilitator);
        long id = open.id();
        List<Runnable> calls = List.of(networks::visibleNetworks, () -> networks.network(id),
                () -> networks.networkBySlug(open.slug()), () -> networks.join(id), () -> networks.requestToJoin(id, "hi"),
                () -> networks.acceptInvitation(id), () -> networks.declineInvitation(id), () -> networks.leave(id),
                () -> networks.isMember(id, 1), networks::myNetworkIds, () -> networks.pendingRequests(id),
                () -> networks.members(id), () -> networks.pendingInvitations(id), () -> networks.approve(id, 1, null),
                () -> networks.decline(id, 1, null), () -> networks.invite(id, "a@b.c"), () -> networks.remove(id, 1, "x"),
                () -> networks.removals(id), networks::allNetworks,
                () -> networks.create(new NetworkForm("X", null, "", Visibility.OPEN, true)),
                () -> networks.update(id, new NetworkForm("X", null, "", Visibility.OPEN, true)),
                () -> networks.appointFacilitator(id, 1), () -> networks.removeFacilitator(id, 1),
                () -> networks.addMember(id, 1), () -> networks.facilitatorsOf(id), networks::surveyAudiences,
                () -> networks.memberIds(List.of(id)));
        calls.forEach(call -> assertDenied(call::run));
    }

    // --- invitation only is invisible ---

    @Test
    void aNonMemberCannotFindAnInvitationOnlyNetworkAnywhere() {
        NetworkDetails hidden = network(networks, Visibility.INVITATION_ONLY, facilitator);
        NetworkDetails open = network(networks, Visibility.OPEN, facilitator);
        as(outsider, () -> {
            List<NetworkDetails> listed = networks.visibleNetworks();
            assertThat(listed).extracting(NetworkDetails::id).contains(open.id()).doesNotContain(hidden.id());
            refused("network.not-found", () -> networks.network(hidden.id()));
            refused("network.not-found", () -> networks.networkBySlug(hidden.slug()));
            refused("network.not-found", () -> networks.acceptInvitation(hidden.id()));
            refused("network.not-found", () -> networks.join(hidden.id()));
            refused("network.not-found", () -> networks.requestToJoin(hidden.id(), null));
        });
        long countForOutsider = as(outsider, () -> (long) networks.visibleNetworks().size());
        long countForAdmin = as(admin, () -> (long) networks.visibleNetworks().size());
        assertThat(countForAdmin - countForOutsider).as("only the hidden networks are not counted")
                .isEqualTo(as(admin, () -> networks.allNetworks().stream()
                        .filter(n -> n.visibility() == Visibility.INVITATION_ONLY).count()));
        // A facilitator of another network does not see it either.
        UserSummary otherFacilitator = user(accounts, Roles.RESIDENT, Roles.FACILITATOR);
        network(networks, Visibility.OPEN, otherFacilitator);
        as(otherFacilitator, () -> {
            assertThat(networks.visibleNetworks()).extracting(NetworkDetails::id).doesNotContain(hidden.id());
            refused("network.not-found", () -> networks.members(hidden.id()));
        });
    }

    @Test
    void anInviteeSeesTheNetworkAcceptsAndBecomesAMember() {
        NetworkDetails hidden = network(networks, Visibility.INVITATION_ONLY, facilitator);
        as(facilitator, () -> networks.invite(hidden.id(), resident.email().toUpperCase()));
        as(resident, () -> {
            NetworkDetails seen = networks.networkBySlug(hidden.slug());
            assertThat(seen.myStatus()).isEqualTo(MembershipStatus.INVITED);
            assertThat(seen.memberCount()).as("not counted for a mere invitee").isNull();
            assertThat(networks.visibleNetworks()).extracting(NetworkDetails::id).contains(hidden.id());
            assertThat(networks.acceptInvitation(hidden.id()).isMember()).isTrue();
            assertThat(networks.myNetworkIds()).contains(hidden.id());
            assertThat(networks.network(hidden.id()).memberCount()).isEqualTo(1L);
        });
        as(facilitator, () -> assertThat(networks.isMember(hidden.id(), resident.id())).isTrue());
        as(outsider, () -> assertThat(networks.isMember(hidden.id(), resident.id()))
                .as("an outsider cannot probe an invitation-only network").isFalse());
    }

    @Test
    void aDeclinedInvitationHidesTheNetworkAgain() {
        NetworkDetails hidden = network(networks, Visibility.INVITATION_ONLY, facilitator);
        as(facilitator, () -> networks.invite(hidden.id(), resident.email()));
        as(resident, () -> {
            networks.declineInvitation(hidden.id());
            refused("network.not-found", () -> networks.network(hidden.id()));
        });
    }

    @Test
    void invitationsAreOnlyForInvitationOnlyNetworksAndKnownPeople() {
        NetworkDetails hidden = network(networks, Visibility.INVITATION_ONLY, facilitator);
        NetworkDetails open = network(networks, Visibility.OPEN, facilitator);
        as(facilitator, () -> {
            refused("network.invite.not-invitation-only", () -> networks.invite(open.id(), resident.email()));
            refused("network.invite.unknown-user", () -> networks.invite(hidden.id(), "nobody@example.org"));
            networks.invite(hidden.id(), resident.email());
            refused("network.invite.already-invited", () -> networks.invite(hidden.id(), resident.email()));
        });
    }

    // --- joining, asking, leaving ---

    @Test
    void aResidentJoinsAnOpenNetworkOnceAndCanLeave() {
        NetworkDetails open = network(networks, Visibility.OPEN, facilitator);
        as(resident, () -> {
            assertThat(networks.network(open.id()).memberCount()).as("not counted for a non-member").isNull();
            NetworkDetails joined = networks.join(open.id());
            assertThat(joined.isMember()).isTrue();
            assertThat(joined.memberCount()).isEqualTo(1L);
            refused("network.already-member", () -> networks.join(open.id()));
            networks.leave(open.id());
            assertThat(networks.myNetworkIds()).doesNotContain(open.id());
            assertThat(networks.network(open.id()).myStatus()).isEqualTo(MembershipStatus.LEFT);
            refused("network.leave.not-member", () -> networks.leave(open.id()));
            assertThat(networks.join(open.id()).isMember()).as("someone who left may come back").isTrue();
        });
    }

    @Test
    void eachWayInFitsItsVisibility() {
        NetworkDetails open = network(networks, Visibility.OPEN, facilitator);
        NetworkDetails onRequest = network(networks, Visibility.ON_REQUEST, facilitator);
        as(resident, () -> {
            refused("network.join.not-open", () -> networks.join(onRequest.id()));
            refused("network.request.not-on-request", () -> networks.requestToJoin(open.id(), null));
            refused("network.invitation.not-found", () -> networks.acceptInvitation(open.id()));
        });
    }

    @Test
    void requestThenApproveMakesAMember() {
        NetworkDetails onRequest = network(networks, Visibility.ON_REQUEST, facilitator);
        as(resident, () -> {
            assertThat(networks.requestToJoin(onRequest.id(), "I care for my mum").myStatus())
                    .isEqualTo(MembershipStatus.REQUESTED);
            refused("network.request.pending", () -> networks.requestToJoin(onRequest.id(), null));
        });
        as(facilitator, () -> {
            List<MemberRow> pending = networks.pendingRequests(onRequest.id());
            assertThat(pending).singleElement().satisfies(r -> {
                assertThat(r.userId()).isEqualTo(resident.id());
                assertThat(r.message()).isEqualTo("I care for my mum");
                assertThat(r.displayName()).isEqualTo(resident.displayName());
            });
            networks.approve(onRequest.id(), resident.id(), "Welcome!");
            assertThat(networks.pendingRequests(onRequest.id())).isEmpty();
            assertThat(networks.members(onRequest.id())).extracting(MemberRow::userId).containsExactly(resident.id());
            refused("network.request.not-found", () -> networks.approve(onRequest.id(), resident.id(), null));
        });
        as(resident, () -> assertThat(networks.myNetworkIds()).contains(onRequest.id()));
    }

    @Test
    void requestThenDeclineWithAMessage() {
        NetworkDetails onRequest = network(networks, Visibility.ON_REQUEST, facilitator);
        as(resident, () -> networks.requestToJoin(onRequest.id(), null));
        as(facilitator, () -> networks.decline(onRequest.id(), resident.id(), "This network is for carers"));
        as(resident, () -> {
            NetworkDetails seen = networks.network(onRequest.id());
            assertThat(seen.myStatus()).isEqualTo(MembershipStatus.DECLINED);
            assertThat(seen.decisionMessage()).isEqualTo("This network is for carers");
            assertThat(networks.myNetworkIds()).doesNotContain(onRequest.id());
            assertThat(networks.requestToJoin(onRequest.id(), "I am a carer now").myStatus())
                    .as("may ask again").isEqualTo(MembershipStatus.REQUESTED);
        });
        SystemTask.runAs(Roles.ADMIN, () -> assertThat(networks.isMember(onRequest.id(), resident.id())).isFalse());
    }

    @Test
    void aRequestCanBeWithdrawn() {
        NetworkDetails onRequest = network(networks, Visibility.ON_REQUEST, facilitator);
        as(resident, () -> {
            networks.requestToJoin(onRequest.id(), null);
            networks.leave(onRequest.id());
        });
        as(facilitator, () -> assertThat(networks.pendingRequests(onRequest.id())).isEmpty());
    }

    // --- managing ---

    @Test
    void aResidentCannotApproveRemoveOrInvite() {
        NetworkDetails onRequest = network(networks, Visibility.ON_REQUEST, facilitator);
        NetworkDetails hidden = network(networks, Visibility.INVITATION_ONLY, facilitator);
        as(outsider, () -> networks.requestToJoin(onRequest.id(), null));
        as(resident, () -> networks.requestToJoin(onRequest.id(), null));
        as(facilitator, () -> networks.approve(onRequest.id(), resident.id(), null));
        as(resident, () -> {
            assertDenied(() -> networks.approve(onRequest.id(), outsider.id(), null));
            assertDenied(() -> networks.decline(onRequest.id(), outsider.id(), null));
            assertDenied(() -> networks.remove(onRequest.id(), outsider.id(), "no"));
            assertDenied(() -> networks.invite(hidden.id(), outsider.email()));
            assertDenied(() -> networks.pendingRequests(onRequest.id()));
            assertDenied(() -> networks.members(onRequest.id()));
        });
        // A member who also holds the facilitator role, but not for this network, is refused by the service.
        UserSummary memberFacilitator = user(accounts, Roles.RESIDENT, Roles.FACILITATOR);
        SystemTask.runAs(Roles.ADMIN, () -> networks.addMember(onRequest.id(), memberFacilitator.id()));
        as(memberFacilitator, () -> refused("network.not-facilitator",
                () -> networks.approve(onRequest.id(), outsider.id(), null)));
    }

    @Test
    void aFacilitatorOfOneNetworkCannotManageAnother() {
        UserSummary facilitatorOfB = user(accounts, Roles.RESIDENT, Roles.FACILITATOR);
        NetworkDetails a = network(networks, Visibility.ON_REQUEST, facilitator);
        NetworkDetails b = network(networks, Visibility.ON_REQUEST, facilitatorOfB);
        as(resident, () -> networks.requestToJoin(b.id(), null));
        as(facilitator, () -> {
            refused("network.not-facilitator", () -> networks.pendingRequests(b.id()));
            refused("network.not-facilitator", () -> networks.approve(b.id(), resident.id(), null));
            refused("network.not-facilitator", () -> networks.decline(b.id(), resident.id(), null));
            refused("network.not-facilitator", () -> networks.remove(b.id(), resident.id(), "spam"));
            refused("network.not-facilitator", () -> networks.members(b.id()));
            refused("network.not-facilitator", () -> networks.removals(b.id()));
            assertThat(networks.network(a.id()).facilitating()).isTrue();
            assertThat(networks.network(b.id()).facilitating()).isFalse();
        });
        as(facilitatorOfB, () -> networks.approve(b.id(), resident.id(), null));
    }

    @Test
    void removalNeedsAReasonAndIsRecorded() {
        NetworkDetails open = network(networks, Visibility.OPEN, facilitator);
        as(resident, () -> networks.join(open.id()));
        as(facilitator, () -> {
            refused("network.remove.reason-required", () -> networks.remove(open.id(), resident.id(), null));
            refused("network.remove.reason-required", () -> networks.remove(open.id(), resident.id(), "   "));
            networks.remove(open.id(), resident.id(), "Repeated personal attacks");
            assertThat(networks.members(open.id())).isEmpty();
            assertThat(networks.removals(open.id())).singleElement().satisfies(r -> {
                assertThat(r.userId()).isEqualTo(resident.id());
                assertThat(r.removedBy()).isEqualTo(facilitator.displayName());
                assertThat(r.reason()).isEqualTo("Repeated personal attacks");
                assertThat(r.at()).isNotNull();
            });
            refused("network.member.not-found", () -> networks.remove(open.id(), resident.id(), "again"));
        });
        as(resident, () -> {
            assertThat(networks.network(open.id()).myStatus()).isEqualTo(MembershipStatus.REMOVED);
            assertThat(networks.network(open.id()).decisionMessage()).isEqualTo("Repeated personal attacks");
            refused("network.join.removed", () -> networks.join(open.id()));
        });
    }

    @Test
    void onlyAdministratorsCreateNetworksAndAppointFacilitators() {
        NetworkForm form = new NetworkForm("Veterans", null, "For veterans", Visibility.OPEN, true);
        NetworkDetails existing = network(networks, Visibility.OPEN, null);
        for (UserSummary notAdmin : List.of(resident, facilitator)) {
            as(notAdmin, () -> {
                assertDenied(() -> networks.create(form));
                assertDenied(() -> networks.update(existing.id(), form));
                assertDenied(() -> networks.appointFacilitator(existing.id(), facilitator.id()));
                assertDenied(() -> networks.removeFacilitator(existing.id(), facilitator.id()));
                assertDenied(() -> networks.facilitatorsOf(existing.id()));
                assertDenied(() -> networks.addMember(existing.id(), resident.id()));
                assertDenied(networks::allNetworks);
            });
        }
        as(admin, () -> {
            NetworkDetails created = networks.create(new NetworkForm("Veterans & Families " + resident.id(), null,
                    "For veterans", Visibility.ON_REQUEST, false));
            assertThat(created.slug()).isEqualTo("veterans-families-" + resident.id());
            assertThat(created.forumInAnalysis()).isFalse();
            refused("network.slug.taken", () -> networks.create(new NetworkForm("Another", created.slug(), "",
                    Visibility.OPEN, true)));
            refused("network.name.required", () -> networks.create(new NetworkForm(" ", null, "", Visibility.OPEN, true)));
            refused("network.facilitator.needs-role", () -> networks.appointFacilitator(created.id(), resident.id()));
            NetworkDetails appointed = networks.appointFacilitator(created.id(), facilitator.id());
            assertThat(appointed.facilitators()).containsExactly(facilitator.displayName());
            assertThat(networks.facilitatorsOf(created.id())).containsExactly(java.util.Map.entry(facilitator.id(),
                    facilitator.displayName()));
            NetworkDetails edited = networks.update(created.id(), new NetworkForm("Veterans", "veterans-" + resident.id(),
                    "Changed", Visibility.INVITATION_ONLY, true));
            assertThat(edited.visibility()).isEqualTo(Visibility.INVITATION_ONLY);
            assertThat(networks.removeFacilitator(created.id(), facilitator.id()).facilitators()).isEmpty();
            refused("network.facilitator.not-found", () -> networks.removeFacilitator(created.id(), facilitator.id()));
        });
    }

    @Test
    void aFacilitatorWhoLosesTheRoleNoLongerManages() {
        NetworkDetails open = network(networks, Visibility.OPEN, facilitator);
        UserSummary demoted = new UserSummary(facilitator.id(), facilitator.email(), facilitator.displayName(),
                java.util.Set.of(Roles.RESIDENT), facilitator.createdAt(), null);
        as(demoted, () -> assertDenied(() -> networks.members(open.id())));
    }

    @Test
    void theDemoHasTheNetworksOfThePlan() {
        List<NetworkDetails> all = SystemTask.runAs(Roles.ADMIN, (Supplier<List<NetworkDetails>>) networks::allNetworks);
        assertThat(all).extracting(NetworkDetails::slug).contains("race-equality", "disability", "lgbtq-plus", "faith",
                "carers", "care-leavers", "older-people", "young-people", "anti-poverty");
        assertThat(all).filteredOn(n -> n.slug().equals("care-leavers")).singleElement()
                .satisfies(n -> assertThat(n.visibility()).isEqualTo(Visibility.INVITATION_ONLY));
        assertThat(all).filteredOn(n -> n.slug().equals("carers")).singleElement()
                .satisfies(n -> assertThat(n.facilitators()).containsExactly("Farah Facilitator"));
        long resident = SystemTask.runAs(Roles.ADMIN, () -> accounts.listUsers().stream()
                .filter(u -> u.email().equals("resident@tellus.demo")).findFirst().orElseThrow().id());
        // Other tests make the demo resident join networks of their own; only the demo's networks count here.
        List<String> demoSlugs = NetworkDemoData.NETWORKS.stream().map(NetworkDemoData.DemoNetwork::slug).toList();
        long memberships = SystemTask.runAs(Roles.ADMIN, () -> all.stream().filter(n -> demoSlugs.contains(n.slug()))
                .filter(n -> networks.isMember(n.id(), resident)).count());
        assertThat(memberships).isEqualTo(2);
    }
}
