package org.tellus.base.security;

/**
 * The one place role names are spelled. Use the constants in {@code @RolesAllowed}, and the
 * {@code HAS_*} expressions in {@code @PreAuthorize}, so a typo cannot silently open a door.
 */
public final class Roles {

    public static final String RESIDENT = "RESIDENT";
    public static final String FACILITATOR = "FACILITATOR";
    public static final String OFFICER = "OFFICER";
    public static final String ADMIN = "ADMIN";

    public static final String IS_OFFICER = "hasAnyRole('OFFICER','ADMIN')";
    public static final String IS_ADMIN = "hasRole('ADMIN')";
    public static final String IS_FACILITATOR = "hasAnyRole('FACILITATOR','ADMIN')";
    public static final String IS_SIGNED_IN = "isAuthenticated()";
    public static final String ANYONE = "permitAll()";

    private Roles() {
    }
}
