package org.tellus.base.security;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

import java.util.Collection;
import java.util.function.Supplier;

/**
 * Runs work under a given authentication and gives the caller's back afterwards, even when the work throws: the
 * one place that swaps Spring Security's context (system tasks, demo data, tests acting as someone).
 */
public final class RunAs {

    private RunAs() {
    }

    /** As a signed-in user with these roles (names without the {@code ROLE_} prefix). */
    public static <T> T user(String name, Collection<String> roles, Supplier<T> work) {
        return authentication(UsernamePasswordAuthenticationToken.authenticated(name, null,
                AuthorityUtils.createAuthorityList(roles.stream().map(r -> "ROLE_" + r).toArray(String[]::new))), work);
    }

    public static <T> T authentication(Authentication authentication, Supplier<T> work) {
        SecurityContext previous = SecurityContextHolder.getContext();
        SecurityContext context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
        try {
            return work.get();
        } finally {
            SecurityContextHolder.setContext(previous);
        }
    }

    public static void authentication(Authentication authentication, Runnable work) {
        authentication(authentication, () -> {
            work.run();
            return null;
        });
    }
}
