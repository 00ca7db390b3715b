package org.tellus.network;

import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.RunAs;
import org.tellus.base.security.SystemTask;

import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

/** Real users and networks made through the services, and a way to act as one of those users. */
public final class NetworkFixtures {

    private NetworkFixtures() {
    }

    public static UserSummary user(AccountService accounts, String... roles) {
        String email = "user-" + UUID.randomUUID() + "@example.org";
        return SystemTask.runAs(Roles.ADMIN, () -> accounts.ensureUser(email, "Person " + email.substring(5, 13),
                "a long test passphrase", Set.of(roles)));
    }

    public static NetworkDetails network(NetworkService networks, Visibility visibility, UserSummary facilitator) {
        String name = visibility + " network " + UUID.randomUUID();
        return SystemTask.runAs(Roles.ADMIN, () -> {
            NetworkDetails n = networks.create(new NetworkForm(name, null, "About " + name, visibility, true));
            return facilitator == null ? n : networks.appointFacilitator(n.id(), facilitator.id());
        });
    }

    /** Runs the work signed in as that user, with their roles. */
    public static <T> T as(UserSummary user, Supplier<T> work) {
        return RunAs.user(user.email(), user.roles(), work);
    }

    public static void as(UserSummary user, Runnable work) {
        as(user, () -> {
            work.run();
            return null;
        });
    }

}
