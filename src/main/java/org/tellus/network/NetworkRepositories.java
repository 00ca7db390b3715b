package org.tellus.network;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.List;
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

    @Query("select m.networkId, count(m) from Membership m where m.status = org.tellus.network.MembershipStatus.MEMBER "
            + "group by m.networkId")
    List<Object[]> countMembersByNetwork();
}

interface MembershipEventRepository extends JpaRepository<MembershipEvent, Long> {

    List<MembershipEvent> findByNetworkIdAndActionOrderByCreatedAtDesc(long networkId, MembershipAction action);
}
