package org.tellus.network;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.account.NameVisibility;

import java.util.Collection;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The names a network shows to a resident: the facilitators of the networks they may see (listed on every
 * network's page), and the members, present or past, of the networks they belong to (forum authors, member lists).
 */
@Component
@Transactional(readOnly = true)
class NetworkNameVisibility implements NameVisibility {

    private final NetworkRepository networks;
    private final MembershipRepository memberships;

    NetworkNameVisibility(NetworkRepository networks, MembershipRepository memberships) {
        this.networks = networks;
        this.memberships = memberships;
    }

    @Override
    public Set<Long> visibleTo(long callerId, Collection<Long> userIds) {
        Map<MembershipStatus, Set<Long>> mine = memberships.findByUserId(callerId).stream().collect(Collectors.groupingBy(
                Membership::status, Collectors.mapping(Membership::networkId, Collectors.toSet())));
        Set<Long> myNetworks = mine.getOrDefault(MembershipStatus.MEMBER, Set.of());
        Set<Long> invited = mine.getOrDefault(MembershipStatus.INVITED, Set.of());
        Set<Long> visible = new HashSet<>();
        networks.findAll().stream()
                .filter(n -> n.visibility() != Visibility.INVITATION_ONLY || myNetworks.contains(n.id())
                        || invited.contains(n.id()))
                .forEach(n -> n.facilitatorIds().stream().filter(userIds::contains).forEach(visible::add));
        if (!myNetworks.isEmpty()) {
            visible.addAll(memberships.membersAmong(myNetworks, userIds));
        }
        return visible;
    }
}
