package org.tellus.network.forum;

import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;

/** A network with its facilitator and members, made through the real services. */
public record ForumFixtures(NetworkDetails network, UserSummary facilitator, UserSummary member,
                            UserSummary otherMember) {

    public static ForumFixtures network(NetworkService networks, AccountService accounts, Visibility visibility) {
        UserSummary facilitator = NetworkFixtures.user(accounts, Roles.RESIDENT, Roles.FACILITATOR);
        NetworkDetails network = NetworkFixtures.network(networks, visibility, facilitator);
        return new ForumFixtures(network, facilitator, member(networks, accounts, network),
                member(networks, accounts, network));
    }

    public static UserSummary member(NetworkService networks, AccountService accounts, NetworkDetails network) {
        UserSummary user = NetworkFixtures.user(accounts, Roles.RESIDENT);
        SystemTask.runAs(Roles.ADMIN, () -> networks.addMember(network.id(), user.id()));
        return user;
    }
}
