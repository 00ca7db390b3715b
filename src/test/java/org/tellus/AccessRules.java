package org.tellus;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.authority.AuthorityUtils;
import org.tellus.base.security.RunAs;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The refused side of a service's access rules: every call is tried by an anonymous visitor and by a signed-in
 * user of each role given, and each must be refused by the service itself (its {@code @PreAuthorize}).
 */
public final class AccessRules {

    /** A service call; may throw what the method declares (an export writes to a stream). */
    @FunctionalInterface
    public interface Call {
        void run() throws Exception;
    }

    private AccessRules() {
    }

    public static void assertRefused(List<Call> calls, String... roles) {
        List<Authentication> callers = new ArrayList<>();
        callers.add(new AnonymousAuthenticationToken("test", "anonymous", AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")));
        for (String role : roles) {
            callers.add(UsernamePasswordAuthenticationToken.authenticated("someone-" + role.toLowerCase() + "@tellus.test",
                    null, AuthorityUtils.createAuthorityList("ROLE_" + role)));
        }
        for (Authentication caller : callers) {
            RunAs.authentication(caller, () -> {
                for (int i = 0; i < calls.size(); i++) {
                    assertThatThrownBy(calls.get(i)::run).as("call %d of %d as %s", i + 1, calls.size(), caller.getAuthorities())
                            .isInstanceOf(AccessDeniedException.class);
                }
            });
        }
    }

    /**
     * Each call is refused to whoever is signed in now, by the service's access rule (a facilitator of another
     * network, a demoted user); with nobody signed in, for want of an authentication.
     */
    public static void assertDenied(Call... calls) {
        for (int i = 0; i < calls.length; i++) {
            assertThatThrownBy(calls[i]::run).as("call %d of %d", i + 1, calls.length)
                    .isInstanceOfAny(AccessDeniedException.class, AuthenticationCredentialsNotFoundException.class);
        }
    }
}
