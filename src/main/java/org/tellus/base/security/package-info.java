/**
 * Who is calling (CurrentUser), the role names (Roles), running work as a user or as the system (SystemTask) and
 * the sign-in routes. A named interface of the base module: every feature's services and views rely on it.
 */
@NamedInterface("security")
package org.tellus.base.security;

import org.springframework.modulith.NamedInterface;
