package org.tellus;

import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

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
        SecurityContext previous = SecurityContextHolder.getContext();
        try {
            for (Authentication caller : callers) {
                SecurityContext context = SecurityContextHolder.createEmptyContext();
                context.setAuthentication(caller);
                SecurityContextHolder.setContext(context);
                for (int i = 0; i < calls.size(); i++) {
                    assertThatThrownBy(calls.get(i)::run).as("call %d of %d as %s", i + 1, calls.size(), caller.getAuthorities())
                            .isInstanceOf(AccessDeniedException.class);
                }
            }
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }
}
