package org.tellus.network;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tellus.AccessRules.assertDenied;
import static org.tellus.network.NetworkFixtures.as;
import static org.tellus.network.NetworkFixtures.network;
import static org.tellus.network.NetworkFixtures.user;

/** A resident sees the names of people they share a network with, and of facilitators; nobody else's. */
@IntegrationTest
class DisplayNamesTest {

    @Autowired
    AccountService accounts;
    @Autowired
    NetworkService networks;

    @Test
    void aResidentIsDeniedTheNamesOfStrangersButSeesFellowMembersAndFacilitators() {
        UserSummary facilitator = user(accounts, Roles.RESIDENT, Roles.FACILITATOR);
        UserSummary me = user(accounts, Roles.RESIDENT);
        UserSummary fellow = user(accounts, Roles.RESIDENT);
        UserSummary stranger = user(accounts, Roles.RESIDENT);
        NetworkDetails open = network(networks, Visibility.OPEN, facilitator);
        as(me, () -> networks.join(open.id()));
        as(fellow, () -> networks.join(open.id()));
        List<Long> asked = List.of(me.id(), fellow.id(), stranger.id(), facilitator.id());

        Map<Long, String> seen = as(me, () -> accounts.displayNames(asked));

        assertThat(seen).containsOnlyKeys(me.id(), fellow.id(), facilitator.id());
        assertThat(as(stranger, () -> accounts.displayNames(List.of(me.id(), fellow.id())))).isEmpty();
        assertThat(as(facilitator, () -> accounts.displayNames(asked))).containsOnlyKeys(asked.toArray(Long[]::new));
    }

    @Test
    void theFacilitatorOfAnInvitationOnlyNetworkStaysHiddenFromOutsiders() {
        UserSummary facilitator = user(accounts, Roles.RESIDENT, Roles.FACILITATOR);
        UserSummary outsider = user(accounts, Roles.RESIDENT);
        network(networks, Visibility.INVITATION_ONLY, facilitator);
        assertThat(as(outsider, () -> accounts.displayNames(List.of(facilitator.id())))).isEmpty();
    }

    @Test
    void anonymousVisitorsAreDeniedDisplayNames() {
        assertDenied(() -> accounts.displayNames(List.of(1L)));
    }
}
