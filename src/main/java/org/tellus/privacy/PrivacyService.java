package org.tellus.privacy;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.abuse.AbuseProtection;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.network.NetworkService;
import org.tellus.network.forum.ForumService;
import org.tellus.notification.NotificationService;
import org.tellus.response.ResponsePrivacy;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionReceipt;

import java.io.IOException;
import java.io.OutputStream;
import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

/**
 * Residents' rights under UK GDPR (decision 031): the council's privacy notice, a person's own data to download,
 * erasure of their account or of one anonymous response. Each feature gathers and anonymises its own data through
 * its service; this one only puts the calls in order.
 */
@Service
@Transactional(readOnly = true)
public class PrivacyService {

    static final int MAX_NOTICE = 50_000;
    private static final int MAX_NOTIFICATIONS = 100_000;

    private final PrivacyNoticeStore notices;
    private final AccountService accounts;
    private final ResponsePrivacy responses;
    private final NetworkService networks;
    private final ForumService forum;
    private final NotificationService notifications;
    private final ResponseService receipts;
    private final AbuseProtection abuse;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PrivacyService(PrivacyNoticeStore notices, AccountService accounts, ResponsePrivacy responses,
                   NetworkService networks, ForumService forum, NotificationService notifications,
                   ResponseService receipts, AbuseProtection abuse, ApplicationEventPublisher events, Clock clock) {
        this.notices = notices;
        this.accounts = accounts;
        this.responses = responses;
        this.networks = networks;
        this.forum = forum;
        this.notifications = notifications;
        this.receipts = receipts;
        this.abuse = abuse;
        this.events = events;
        this.clock = clock;
    }

    /** The council's notice, or empty while nobody has written one (the page then shows the default text). */
    @PreAuthorize(Roles.ANYONE)
    public Optional<PrivacyNotice> notice() {
        return notices.find();
    }

    /** An administrator replaces the notice; who and when are kept with it and in the audit trail. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public PrivacyNotice saveNotice(String text) {
        if (text == null || text.isBlank()) {
            throw new TranslatableException("privacy.notice.empty");
        }
        if (text.length() > MAX_NOTICE) {
            throw new TranslatableException("privacy.notice.too-long", MAX_NOTICE);
        }
        notices.save(text.strip(), accounts.currentUserId().orElse(null), clock.instant());
        events.publishEvent(new Audited(AuditActions.PRIVACY_NOTICE_CHANGED, "privacy notice",
                text.strip().length() + " characters"));
        return notices.find().orElseThrow();
    }

    /** Everything kept about the signed-in person, as JSON and CSV in one ZIP file. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public void writeMyData(OutputStream out) throws IOException {
        UserSummary me = accounts.currentUser().orElseThrow(() -> new TranslatableException("account.not-found"));
        MyData data = new MyData(me, responses.myResponses(), networks.myMemberships(), forum.myPosts(),
                notifications.myNotifications(0, MAX_NOTIFICATIONS), clock.instant());
        DataExport.writeZip(data, out);
    }

    /**
     * Erasure of the signed-in person's account: they confirm by typing their email address. Their responses are
     * anonymised, their forum posts become placeholders, then the account goes with everything that hangs off it.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public ErasureOutcome eraseMyAccount(String confirmEmail) {
        UserSummary me = accounts.currentUser().orElseThrow(() -> new TranslatableException("account.not-found"));
        if (confirmEmail == null || !confirmEmail.strip().toLowerCase(Locale.ROOT).equals(me.email().toLowerCase(Locale.ROOT))) {
            throw new TranslatableException("privacy.erase.confirm-mismatch");
        }
        if (me.roles().contains(Roles.ADMIN)) {
            // The last administrator could leave nobody able to grant the role; another one removes it first.
            throw new TranslatableException("privacy.erase.admin");
        }
        int anonymised = responses.anonymiseMine();
        int posts = forum.eraseMyPosts();
        accounts.eraseMyAccount();
        return new ErasureOutcome(anonymised, posts);
    }

    /**
     * The response a confirmation reference belongs to (consultation and time only), for its holder to confirm
     * erasure. Each try counts against the address's limit (decision 032), so references cannot be guessed in bulk.
     */
    @PreAuthorize(Roles.ANYONE)
    public Optional<SubmissionReceipt> responseToErase(String reference, String address) {
        abuse.admitErasureTry(address);
        return receipts.receipt(reference);
    }

    /**
     * Anyone with a response's confirmation reference has it anonymised. False when no response has it. Counted
     * against the address's limit as {@link #responseToErase} is.
     */
    @PreAuthorize(Roles.ANYONE)
    @Transactional
    public boolean eraseResponse(String reference, String address) {
        abuse.admitErasureTry(address);
        return responses.eraseByReference(reference);
    }
}
