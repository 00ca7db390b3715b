package org.tellus.network;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.Optional;

interface NetworkRepository extends JpaRepository<Network, Long> {

    List<Network> findAllByOrderByNameAsc();

    Optional<Network> findBySlug(String slug);

    boolean existsBySlug(String slug);
}

interface MembershipRepository extends JpaRepository<Membership, Long> {

    Optional<Membership> findByNetworkIdAndUserId(long networkId, long userId);

    List<Membership> findByUserId(long userId);

    List<Membership> findByNetworkIdAndStatusOrderByUpdatedAtAsc(long networkId, MembershipStatus status);

    long countByNetworkIdAndStatus(long networkId, MembershipStatus status);

    /** Of these users, those who are or were members (their posts stay) of any of these networks. */
    @Query("select distinct m.userId from Membership m where m.networkId in :networkIds and m.userId in :userIds "
            + "and m.status in (org.tellus.network.MembershipStatus.MEMBER, org.tellus.network.MembershipStatus.REMOVED, "
            + "org.tellus.network.MembershipStatus.LEFT)")
    Set<Long> membersAmong(Collection<Long> networkIds, Collection<Long> userIds);

    @Query("select m.networkId, count(m) from Membership m where m.status = org.tellus.network.MembershipStatus.MEMBER "
            + "group by m.networkId")
    List<Object[]> countMembersByNetwork();
}

interface MembershipEventRepository extends JpaRepository<MembershipEvent, Long> {

    List<MembershipEvent> findByNetworkIdAndActionOrderByCreatedAtDesc(long networkId, MembershipAction action);
}
