package org.tellus.network;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.Roles;

import java.time.Clock;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Equity networks and who belongs to them. Administrators create networks and appoint facilitators; facilitators
 * decide requests, invite and remove; anyone signed in joins, asks, accepts and leaves. An invitation-only network
 * is invisible to everyone else: every read here answers "not found" for it, exactly as for a network that does
 * not exist. This service is the feature's boundary and checks every membership rule itself.
 */
@Service
@Transactional(readOnly = true)
public class NetworkService {

    static final int MAX_TEXT = 1000;

    private final NetworkRepository networks;
    private final MembershipRepository memberships;
    private final MembershipEventRepository events;
    private final AccountService accounts;
    private final Clock clock;
    private final ApplicationEventPublisher publisher;

    NetworkService(NetworkRepository networks, MembershipRepository memberships, MembershipEventRepository events,
                   AccountService accounts, Clock clock, ApplicationEventPublisher publisher) {
        this.networks = networks;
        this.memberships = memberships;
        this.events = events;
        this.accounts = accounts;
        this.clock = clock;
        this.publisher = publisher;
    }

    // --- anyone signed in ---

    /** The networks the caller may see, by name: open and on-request ones, and invitation-only ones they belong to. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<NetworkDetails> visibleNetworks() {
        Optional<Long> me = accounts.currentUserId();
        Map<Long, Membership> mine = me.map(id -> memberships.findByUserId(id).stream()
                .collect(Collectors.toMap(Membership::networkId, Function.identity()))).orElse(Map.of());
        Map<Long, Long> counts = new HashMap<>();
        memberships.countMembersByNetwork().forEach(row -> counts.put((Long) row[0], (Long) row[1]));
        List<Network> visible = networks.findAllByOrderByNameAsc().stream()
                .filter(n -> canSee(n, me.orElse(null), statusIn(mine.get(n.id())))).toList();
        Map<Long, String> names = facilitatorNames(visible);
        return visible.stream().map(n -> details(n, me.orElse(null), mine.get(n.id()),
                counts.getOrDefault(n.id(), 0L), names)).toList();
    }

    /** A network by its address, or "not found" when it does not exist or the caller may not see it. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public NetworkDetails networkBySlug(String slug) {
        return visibleDetails(networks.findBySlug(slug == null ? "" : slug.strip().toLowerCase(Locale.ROOT)));
    }

    /** A network by id, or "not found" when it does not exist or the caller may not see it. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public NetworkDetails network(long id) {
        return visibleDetails(networks.findById(id));
    }

    /** Joins an open network at once. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public NetworkDetails join(long networkId) {
        long me = me();
        Network network = visible(networkId, me);
        if (network.visibility() != Visibility.OPEN) {
            throw new TranslatableException("network.join.not-open");
        }
        Membership membership = membershipFor(network.id(), me);
        refuseIfMemberOrRemoved(membership);
        membership.moveTo(MembershipStatus.MEMBER, null, null, null);
        log(membership, MembershipAction.JOINED, me, null);
        return network(networkId);
    }

    /** Asks to join an on-request network; a facilitator decides. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public NetworkDetails requestToJoin(long networkId, String message) {
        long me = me();
        Network network = visible(networkId, me);
        if (network.visibility() != Visibility.ON_REQUEST) {
            throw new TranslatableException("network.request.not-on-request");
        }
        Membership membership = membershipFor(network.id(), me);
        refuseIfMemberOrRemoved(membership);
        if (membership.status() == MembershipStatus.REQUESTED) {
            throw new TranslatableException("network.request.pending");
        }
        membership.moveTo(MembershipStatus.REQUESTED, text(message), null, null);
        log(membership, MembershipAction.REQUESTED, me, null);
        return network(networkId);
    }

    /** Accepts an invitation to a network. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public NetworkDetails acceptInvitation(long networkId) {
        long me = me();
        Network network = visible(networkId, me);
        Membership membership = invitation(network.id(), me);
        membership.moveTo(MembershipStatus.MEMBER, null, null, null);
        log(membership, MembershipAction.ACCEPTED, me, null);
        return network(networkId);
    }

    /** Turns an invitation down; an invitation-only network then disappears from the caller's view. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void declineInvitation(long networkId) {
        long me = me();
        Network network = visible(networkId, me);
        Membership membership = invitation(network.id(), me);
        membership.moveTo(MembershipStatus.DECLINED, null, null, null);
        log(membership, MembershipAction.INVITATION_DECLINED, me, null);
    }

    /** Leaves a network, or withdraws a request to join it. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void leave(long networkId) {
        long me = me();
        Network network = visible(networkId, me);
        Membership membership = memberships.findByNetworkIdAndUserId(network.id(), me)
                .filter(m -> m.status() == MembershipStatus.MEMBER || m.status() == MembershipStatus.REQUESTED)
                .orElseThrow(() -> new TranslatableException("network.leave.not-member"));
        membership.moveTo(MembershipStatus.LEFT, null, null, null);
        log(membership, MembershipAction.LEFT, me, null);
    }

    /**
     * For other features (forums, network surveys): whether that person is a member of that network now. About an
     * invitation-only network the caller may not see, the answer is always false, so it cannot be used to probe it.
     */
    /** The caller's memberships, requests and invitations in every network, for their data download. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<MembershipData> myMemberships() {
        long me = accounts.currentUserId().orElseThrow(() -> new TranslatableException("account.not-found"));
        return memberships.findByUserId(me).stream().map(m -> new MembershipData(m.networkId(),
                networks.findById(m.networkId()).map(Network::name).orElse(""), m.status(), m.message(), m.reason(),
                m.updatedAt())).toList();
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public boolean isMember(long networkId, long userId) {
        Long me = accounts.currentUserId().orElse(null);
        return networks.findById(networkId).filter(n -> canSee(n, me, statusOf(n.id(), me))).isPresent()
                && memberships.findByNetworkIdAndUserId(networkId, userId)
                .filter(m -> m.status() == MembershipStatus.MEMBER).isPresent();
    }

    /** For other features: the networks the caller is a member of. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Set<Long> myNetworkIds() {
        return accounts.currentUserId().map(me -> memberships.findByUserId(me).stream()
                .filter(m -> m.status() == MembershipStatus.MEMBER).map(Membership::networkId)
                .collect(Collectors.toUnmodifiableSet())).orElse(Set.of());
    }

    // --- facilitators of the network, and administrators ---

    /** Requests waiting for a decision, oldest first. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    public List<MemberRow> pendingRequests(long networkId) {
        return rows(managed(networkId).id(), MembershipStatus.REQUESTED);
    }

    /** The members, longest-standing first. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    public List<MemberRow> members(long networkId) {
        return rows(managed(networkId).id(), MembershipStatus.MEMBER);
    }

    /** Invitations not yet answered. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    public List<MemberRow> pendingInvitations(long networkId) {
        return rows(managed(networkId).id(), MembershipStatus.INVITED);
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void approve(long networkId, long userId, String message) {
        Membership membership = request(managed(networkId).id(), userId);
        membership.decide(MembershipStatus.MEMBER, text(message), actor());
        log(membership, MembershipAction.APPROVED, actor(), text(message));
        announce(membership, MembershipAction.APPROVED, text(message));
    }

    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void decline(long networkId, long userId, String message) {
        Membership membership = request(managed(networkId).id(), userId);
        membership.decide(MembershipStatus.DECLINED, text(message), actor());
        log(membership, MembershipAction.DECLINED, actor(), text(message));
        announce(membership, MembershipAction.DECLINED, text(message));
    }

    /** Invites someone with an account, by email, to an invitation-only network. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public MemberRow invite(long networkId, String email) {
        Network network = managed(networkId);
        if (network.visibility() != Visibility.INVITATION_ONLY) {
            throw new TranslatableException("network.invite.not-invitation-only");
        }
        UserSummary user = accounts.findByEmail(email)
                .orElseThrow(() -> new TranslatableException("network.invite.unknown-user", email == null ? "" : email.strip()));
        Membership membership = membershipFor(network.id(), user.id());
        if (membership.status() == MembershipStatus.MEMBER) {
            throw new TranslatableException("network.already-member");
        }
        if (membership.status() == MembershipStatus.INVITED) {
            throw new TranslatableException("network.invite.already-invited");
        }
        membership.moveTo(MembershipStatus.INVITED, null, null, actor());
        log(membership, MembershipAction.INVITED, actor(), null);
        announce(membership, MembershipAction.INVITED, null);
        return new MemberRow(user.id(), user.displayName(), MembershipStatus.INVITED, null, membership.updatedAt());
    }

    /** Removes a member; the reason is required, kept with the membership and written to the membership log. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    @Transactional
    public void remove(long networkId, long userId, String reason) {
        Network network = managed(networkId);
        String why = text(reason);
        if (why == null) {
            throw new TranslatableException("network.remove.reason-required");
        }
        Membership membership = memberships.findByNetworkIdAndUserId(network.id(), userId)
                .filter(m -> m.status() == MembershipStatus.MEMBER)
                .orElseThrow(() -> new TranslatableException("network.member.not-found"));
        membership.decide(MembershipStatus.REMOVED, why, actor());
        log(membership, MembershipAction.REMOVED, actor(), why);
        announce(membership, MembershipAction.REMOVED, why);
    }

    /** The removals from the membership log, newest first. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    public List<RemovalRecord> removals(long networkId) {
        List<MembershipEvent> removed = events.findByNetworkIdAndActionOrderByCreatedAtDesc(managed(networkId).id(),
                MembershipAction.REMOVED);
        Map<Long, String> names = accounts.displayNames(removed.stream()
                .flatMap(e -> e.actorId() == null ? java.util.stream.Stream.of(e.userId())
                        : java.util.stream.Stream.of(e.userId(), e.actorId())).collect(Collectors.toSet()));
        return removed.stream().map(e -> new RemovalRecord(e.userId(), names.getOrDefault(e.userId(), ""),
                e.actorId() == null ? "" : names.getOrDefault(e.actorId(), ""), e.reason(), e.createdAt())).toList();
    }

    // --- officers ---

    /**
     * Every network by id and name, invitation-only ones included, for an officer choosing a survey's audience:
     * officers address networks on the council's behalf, so they know them all.
     */
    @PreAuthorize(Roles.IS_OFFICER)
    public Map<Long, String> surveyAudiences() {
        Map<Long, String> names = new java.util.LinkedHashMap<>();
        networks.findAllByOrderByNameAsc().forEach(n -> names.put(n.id(), n.name()));
        return names;
    }

    // --- administrators ---

    /** The members of these networks now, for telling them about something (run as a system task). */
    @PreAuthorize(Roles.IS_ADMIN)
    public Set<Long> memberIds(Collection<Long> networkIds) {
        return networkIds.stream().flatMap(id -> memberships
                        .findByNetworkIdAndStatusOrderByUpdatedAtAsc(id, MembershipStatus.MEMBER).stream())
                .map(Membership::userId).collect(Collectors.toUnmodifiableSet());
    }

    /** Every network, invitation-only ones included. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<NetworkDetails> allNetworks() {
        return visibleNetworks();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public NetworkDetails create(NetworkForm form) {
        String slug = checked(form, null);
        Network network = networks.save(new Network(form, slug));
        return network(network.id());
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public NetworkDetails update(long networkId, NetworkForm form) {
        Network network = find(networkId);
        network.apply(form, checked(form, network));
        return network(networkId);
    }

    /** The network's facilitators, by id and display name, for an administrator to manage. */
    @PreAuthorize(Roles.IS_ADMIN)
    public Map<Long, String> facilitatorsOf(long networkId) {
        Network network = find(networkId);
        Map<Long, String> names = facilitatorNames(List.of(network));
        Map<Long, String> byName = new java.util.TreeMap<>();
        network.facilitatorIds().forEach(id -> byName.put(id, names.getOrDefault(id, "")));
        return byName;
    }

    /** Appoints a facilitator. They need the facilitator role first: granting it is a separate, visible decision. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public NetworkDetails appointFacilitator(long networkId, long userId) {
        Network network = find(networkId);
        UserSummary user = accounts.usersById(List.of(userId)).stream().findFirst()
                .orElseThrow(() -> new TranslatableException("account.not-found"));
        if (!user.roles().contains(Roles.FACILITATOR)) {
            throw new TranslatableException("network.facilitator.needs-role", user.email());
        }
        network.addFacilitator(userId);
        return network(networkId);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public NetworkDetails removeFacilitator(long networkId, long userId) {
        if (!find(networkId).removeFacilitator(userId)) {
            throw new TranslatableException("network.facilitator.not-found");
        }
        return network(networkId);
    }

    /** Makes someone a member directly, e.g. when seeding the demo or on a member's behalf. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public void addMember(long networkId, long userId) {
        Membership membership = membershipFor(find(networkId).id(), userId);
        if (membership.status() == MembershipStatus.MEMBER) {
            throw new TranslatableException("network.already-member");
        }
        membership.moveTo(MembershipStatus.MEMBER, null, null, actor());
        log(membership, MembershipAction.ADDED, actor(), null);
    }

    // --- the rules ---

    private static MembershipStatus statusIn(Membership membership) {
        return membership == null ? null : membership.status();
    }

    private boolean canSee(Network network, Long userId, MembershipStatus status) {
        if (network.visibility() != Visibility.INVITATION_ONLY || CurrentUser.hasRole(Roles.ADMIN)) {
            return true;
        }
        return userId != null && (network.isFacilitator(userId)
                || status == MembershipStatus.MEMBER || status == MembershipStatus.INVITED);
    }

    private boolean manages(Network network, Long userId) {
        return CurrentUser.hasRole(Roles.ADMIN)
                || userId != null && CurrentUser.hasRole(Roles.FACILITATOR) && network.isFacilitator(userId);
    }

    private Network visible(long networkId, Long userId) {
        return networks.findById(networkId).filter(n -> canSee(n, userId, statusOf(n.id(), userId)))
                .orElseThrow(NetworkService::notFound);
    }

    /** A network the caller manages. Others get "not found" for a network they cannot see, else "not yours". */
    private Network managed(long networkId) {
        Long me = accounts.currentUserId().orElse(null);
        Network network = visible(networkId, me);
        if (!manages(network, me)) {
            throw new TranslatableException("network.not-facilitator");
        }
        return network;
    }

    private NetworkDetails visibleDetails(Optional<Network> found) {
        Long me = accounts.currentUserId().orElse(null);
        Network network = found.filter(n -> canSee(n, me, statusOf(n.id(), me))).orElseThrow(NetworkService::notFound);
        Membership mine = me == null ? null : memberships.findByNetworkIdAndUserId(network.id(), me).orElse(null);
        return details(network, me, mine,
                memberships.countByNetworkIdAndStatus(network.id(), MembershipStatus.MEMBER),
                facilitatorNames(List.of(network)));
    }

    private NetworkDetails details(Network n, Long me, Membership mine, long members, Map<Long, String> names) {
        boolean facilitating = manages(n, me);
        MembershipStatus status = statusIn(mine);
        boolean decided = status == MembershipStatus.MEMBER || status == MembershipStatus.DECLINED
                || status == MembershipStatus.REMOVED;
        return new NetworkDetails(n.id(), n.slug(), n.name(), n.description(), n.visibility(), n.forumInAnalysis(),
                status, facilitating, facilitating || status == MembershipStatus.MEMBER ? members : null,
                n.facilitatorIds().stream().map(id -> names.getOrDefault(id, "")).filter(s -> !s.isEmpty()).sorted().toList(),
                decided ? mine.reason() : null);
    }

    private Map<Long, String> facilitatorNames(List<Network> list) {
        Set<Long> ids = list.stream().flatMap(n -> n.facilitatorIds().stream()).collect(Collectors.toSet());
        return ids.isEmpty() ? Map.of() : accounts.displayNames(ids);
    }

    private MembershipStatus statusOf(long networkId, Long userId) {
        return userId == null ? null
                : memberships.findByNetworkIdAndUserId(networkId, userId).map(Membership::status).orElse(null);
    }

    private List<MemberRow> rows(long networkId, MembershipStatus status) {
        List<Membership> found = memberships.findByNetworkIdAndStatusOrderByUpdatedAtAsc(networkId, status);
        Map<Long, String> names = found.isEmpty() ? Map.of()
                : accounts.displayNames(found.stream().map(Membership::userId).toList());
        return found.stream().map(m -> new MemberRow(m.userId(), names.getOrDefault(m.userId(), ""), m.status(),
                m.message(), m.updatedAt())).sorted(Comparator.comparing(MemberRow::since)).toList();
    }

    private Membership request(long networkId, long userId) {
        return memberships.findByNetworkIdAndUserId(networkId, userId)
                .filter(m -> m.status() == MembershipStatus.REQUESTED)
                .orElseThrow(() -> new TranslatableException("network.request.not-found"));
    }

    private Membership invitation(long networkId, long userId) {
        return memberships.findByNetworkIdAndUserId(networkId, userId)
                .filter(m -> m.status() == MembershipStatus.INVITED)
                .orElseThrow(() -> new TranslatableException("network.invitation.not-found"));
    }

    private Membership membershipFor(long networkId, long userId) {
        return memberships.findByNetworkIdAndUserId(networkId, userId)
                .orElseGet(() -> new Membership(networkId, userId));
    }

    private static void refuseIfMemberOrRemoved(Membership membership) {
        if (membership.status() == MembershipStatus.MEMBER) {
            throw new TranslatableException("network.already-member");
        }
        if (membership.status() == MembershipStatus.REMOVED) {
            // Someone removed with a reason comes back only by a facilitator's decision (an invitation).
            throw new TranslatableException("network.join.removed");
        }
    }

    private String checked(NetworkForm form, Network existing) {
        if (form.name() == null || form.name().isBlank()) {
            throw new TranslatableException("network.name.required");
        }
        if (form.name().strip().length() > 120) {
            throw new TranslatableException("network.name.too-long");
        }
        if (form.visibility() == null) {
            throw new TranslatableException("network.visibility.required");
        }
        String slug = slug(form.slug() == null || form.slug().isBlank() ? form.name() : form.slug());
        if (slug.isEmpty() || slug.length() > 80) {
            throw new TranslatableException("network.slug.invalid");
        }
        if ((existing == null || !existing.slug().equals(slug)) && networks.existsBySlug(slug)) {
            throw new TranslatableException("network.slug.taken", slug);
        }
        return slug;
    }

    static String slug(String text) {
        String s = java.text.Normalizer.normalize(text.strip().toLowerCase(Locale.ROOT), java.text.Normalizer.Form.NFD)
                .replaceAll("\\p{M}", "").replace("+", " plus").replaceAll("[^a-z0-9]+", "-");
        return s.replaceAll("^-+|-+$", "");
    }

    private static String text(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.strip().length() > MAX_TEXT) {
            throw new TranslatableException("network.text.too-long", MAX_TEXT);
        }
        return value.strip();
    }

    private Network find(long id) {
        return networks.findById(id).orElseThrow(NetworkService::notFound);
    }

    private long me() {
        return accounts.currentUserId().orElseThrow(() -> new TranslatableException("network.no-account"));
    }

    private Long actor() {
        return accounts.currentUserId().orElse(null);
    }

    /** Stores the membership's new state and its line in the membership log. */
    private void log(Membership membership, MembershipAction action, Long actor, String reason) {
        memberships.save(membership);
        events.save(new MembershipEvent(membership.networkId(), membership.userId(), action, actor, reason, clock.instant()));
    }

    private void announce(Membership membership, MembershipAction action, String message) {
        Network network = find(membership.networkId());
        publisher.publishEvent(new MembershipDecided(network.id(), network.name(), network.slug(), membership.userId(),
                action, message));
    }

    private static TranslatableException notFound() {
        return new TranslatableException("network.not-found");
    }
}
