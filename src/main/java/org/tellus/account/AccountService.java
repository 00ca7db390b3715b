package org.tellus.account;

import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import jakarta.validation.Valid;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.validation.annotation.Validated;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Language;

import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/** Accounts: self-registration, sign-in lookups, and the administrator's granting of roles. */
@Service
@Validated
@Transactional(readOnly = true)
public class AccountService implements UserDetailsService {

    public static final Set<String> ALL_ROLES = Set.of(Roles.RESIDENT, Roles.FACILITATOR, Roles.OFFICER, Roles.ADMIN);

    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;
    // Asked lazily: the features that implement it call this service themselves.
    private final ObjectProvider<NameVisibility> nameVisibility;
    private final ApplicationEventPublisher events;
    private final SignInAttempts signInAttempts;

    AccountService(UserAccountRepository users, PasswordEncoder passwordEncoder,
                   ObjectProvider<NameVisibility> nameVisibility, ApplicationEventPublisher events,
                   SignInAttempts signInAttempts) {
        this.users = users;
        this.signInAttempts = signInAttempts;
        this.events = events;
        this.passwordEncoder = passwordEncoder;
        this.nameVisibility = nameVisibility;
    }

    /**
     * A resident registers: anyone may, and gets the resident role only. The answer is the same whether or not the
     * address has an account already (so nobody can test which have): a new address gets its account and a welcome
     * email, a known one an email saying someone tried to register with it, and its account is left as it was.
     */
    @PreAuthorize(Roles.ANYONE)
    @Transactional
    public void register(@Valid Registration registration) {
        String email = registration.email().strip().toLowerCase(Locale.ROOT);
        PasswordRules.check(registration.password(), email);
        // Hashed either way, so the time taken does not tell a known address from a new one.
        String hash = passwordEncoder.encode(registration.password());
        Optional<UserAccount> existing = users.findByEmailIgnoreCase(email);
        UserAccount user = existing.orElseGet(() -> users.save(new UserAccount(email, registration.displayName().strip(),
                hash, Set.of(Roles.RESIDENT))));
        String key = existing.isPresent() ? "mail.register-again" : "mail.welcome";
        events.publishEvent(new AccountMail(user.id(), user.email(), user.preferredLanguage(), key, List.of(user.displayName()),
                existing.isPresent() ? "forgot-password" : "login"));
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public List<UserSummary> listUsers() {
        return users.findAllByOrderByEmailAsc().stream().map(UserAccount::summary).toList();
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public UserSummary setRoles(long userId, Set<String> roles) {
        if (!ALL_ROLES.containsAll(roles)) {
            throw new TranslatableException("account.roles.unknown");
        }
        UserAccount user = users.findById(userId).orElseThrow(() -> new TranslatableException("account.not-found"));
        if (CurrentUser.email().filter(user.email()::equalsIgnoreCase).isPresent() && !roles.contains(Roles.ADMIN)) {
            // An administrator who removed their own role could leave nobody able to grant it back.
            throw new TranslatableException("account.roles.keep-own-admin");
        }
        user.replaceRoles(roles);
        events.publishEvent(new Audited(AuditActions.ROLES_CHANGED, "user " + user.id() + ": " + user.email(),
                String.join(", ", new java.util.TreeSet<>(roles))));
        return user.summary();
    }

    /** The signed-in user's account, if any. */
    @PreAuthorize(Roles.ANYONE)
    public Optional<UserSummary> currentUser() {
        return CurrentUser.email().flatMap(users::findByEmailIgnoreCase).map(UserAccount::summary);
    }

    /**
     * The signed-in user chooses the language of their pages and emails; it must be one the UI offers. Returns the
     * stored tag.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public String chooseLanguage(String tag) {
        Language language = Language.ofTag(tag).orElseThrow(() -> new TranslatableException("account.language.unknown"));
        UserAccount user = CurrentUser.email().flatMap(users::findByEmailIgnoreCase)
                .orElseThrow(() -> new TranslatableException("account.not-found"));
        user.preferLanguage(language.tag());
        return language.tag();
    }

    /**
     * Erasure (decision 031): the signed-in person's account goes, with its roles, reset links and counted sign-in
     * failures; the database's cascades take what hangs off the account (notifications and their settings, mail
     * waiting for it, memberships and their history, reactions) and clear it from what stays (forum posts,
     * moderation and report records). Other features anonymise their own data first.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public void eraseMyAccount() {
        UserAccount user = CurrentUser.email().flatMap(users::findByEmailIgnoreCase)
                .orElseThrow(() -> new TranslatableException("account.not-found"));
        signInAttempts.forgetAccount(SignInAttempts.accountKey(user.email()));
        users.delete(user);
        users.flush();
    }

    /** For other features that record who did something: the id of the signed-in user. */
    @PreAuthorize(Roles.ANYONE)
    public Optional<Long> currentUserId() {
        return currentUser().map(UserSummary::id);
    }

    /** Spring Security's sign-in lookup; not a service call of users. */
    @Override
    public UserDetails loadUserByUsername(String email) {
        UserAccount user = users.findByEmailIgnoreCase(email.strip())
                .orElseThrow(() -> new UsernameNotFoundException("No such user"));
        return User.withUsername(user.email()).password(user.passwordHash()).disabled(!user.enabled())
                .authorities(user.roles().stream().map(r -> new SimpleGrantedAuthority("ROLE_" + r)).toList())
                .build();
    }

    /** Creates a user with the given roles, unless the email exists. Used to seed demo users. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public UserSummary ensureUser(String email, String displayName, String password, Set<String> roles) {
        return users.findByEmailIgnoreCase(email).map(UserAccount::summary).orElseGet(() -> users.save(
                new UserAccount(email, displayName, passwordEncoder.encode(password), roles)).summary());
    }

    /** For facilitators inviting someone by email: the account with that email, if any. */
    @PreAuthorize(Roles.IS_FACILITATOR)
    public Optional<UserSummary> findByEmail(String email) {
        return email == null ? Optional.empty() : users.findByEmailIgnoreCase(email.strip()).map(UserAccount::summary);
    }

    /** For system tasks that write to people (the notification digest): these accounts, unknown ids left out. */
    @PreAuthorize(Roles.IS_ADMIN)
    public List<UserSummary> usersById(Collection<Long> ids) {
        return users.findAllById(ids).stream().map(UserAccount::summary).toList();
    }

    /**
     * Display names by user id, for member lists, forums and logs. Staff (facilitators, officers, administrators)
     * get every name asked for; anyone else only their own and those a {@link NameVisibility} vouches for (people
     * they share a network with). Unknown and hidden ids are left out.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Map<Long, String> displayNames(Collection<Long> ids) {
        Collection<Long> shown = isStaff() ? ids : visibleToResident(ids);
        return shown.isEmpty() ? Map.of() : users.findAllById(shown).stream().map(UserAccount::summary)
                .collect(Collectors.toMap(UserSummary::id, UserSummary::displayName));
    }

    private static boolean isStaff() {
        return CurrentUser.hasRole(Roles.FACILITATOR) || CurrentUser.hasRole(Roles.OFFICER)
                || CurrentUser.hasRole(Roles.ADMIN);
    }

    private Set<Long> visibleToResident(Collection<Long> ids) {
        Optional<Long> me = currentUserId();
        if (me.isEmpty()) {
            return Set.of();
        }
        Set<Long> shown = new HashSet<>();
        if (ids.contains(me.get())) {
            shown.add(me.get());
        }
        nameVisibility.orderedStream().forEach(v -> shown.addAll(v.visibleTo(me.get(), ids)));
        shown.retainAll(new HashSet<>(ids));
        return shown;
    }
}
