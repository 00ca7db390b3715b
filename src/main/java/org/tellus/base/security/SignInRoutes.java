package org.tellus.base.security;

/**
 * The routes of the sign-in and registration pages. The account feature serves them; the security configuration
 * and the page frame refer to them by these strings, so base imports no feature.
 */
public final class SignInRoutes {

    public static final String LOGIN = "login";
    public static final String REGISTER = "register";

    private SignInRoutes() {
    }
}
