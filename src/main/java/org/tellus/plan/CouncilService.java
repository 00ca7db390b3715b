package org.tellus.plan;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;

import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The council using Tellus: its name, contact and logo. Anyone reads them (every page shows them); only an
 * administrator changes them. Before set-up the council has no name and pages show the product's alone.
 */
@Service
@Transactional
public class CouncilService {

    static final int LOGO_MAX_BYTES = 512 * 1024;
    static final int CONTACT_MAX = 254;
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern WEBSITE = Pattern.compile("https?://\\S+");

    /** The logo types accepted, each told by its first bytes: the file's name or stated type is not trusted. */
    enum LogoType {
        PNG("image/png", new byte[] {(byte) 0x89, 'P', 'N', 'G'}),
        JPEG("image/jpeg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF});

        final String mime;
        final byte[] magic;

        LogoType(String mime, byte[] magic) {
            this.mime = mime;
            this.magic = magic;
        }

        static Optional<LogoType> of(byte[] image) {
            return Arrays.stream(values()).filter(t -> image.length >= t.magic.length
                    && Arrays.equals(Arrays.copyOf(image, t.magic.length), t.magic)).findFirst();
        }
    }

    /** A logo's bytes and media type. */
    public record Logo(byte[] image, String mediaType) {
    }

    private final CouncilRepository councils;
    private final JdbcClient jdbc;
    private final ApplicationEventPublisher events;

    CouncilService(CouncilRepository councils, JdbcClient jdbc, ApplicationEventPublisher events) {
        this.councils = councils;
        this.jdbc = jdbc;
        this.events = events;
    }

    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public CouncilDetails council() {
        return councils.findById(Council.ONLY).map(c -> c.details(hasLogo()))
                .orElseGet(() -> new CouncilDetails("", "", "", "", false, -1));
    }

    @PreAuthorize(Roles.ANYONE)
    @Transactional(readOnly = true)
    public Optional<Logo> logo() {
        return jdbc.sql("SELECT logo, logo_type FROM council WHERE id = 1 AND logo IS NOT NULL")
                .query((rs, n) -> new Logo(rs.getBytes(1), rs.getString(2))).optional();
    }

    /** Saves the name and contact; {@code details.version()} is the one the administrator started from. */
    @PreAuthorize(Roles.IS_ADMIN)
    public CouncilDetails update(CouncilDetails details) {
        String name = SetupChecks.name(details.name());
        checkContact(details);
        Council council = councils.findById(Council.ONLY).orElseGet(() -> new Council(name));
        if (details.version() >= 0) {
            SetupChecks.sameVersion(council.version(), details.version());
        }
        council.edit(details);
        events.publishEvent(new Audited(AuditActions.SETUP_CHANGED, "council", name));
        return councils.saveAndFlush(council).details(hasLogo());
    }

    /** A PNG or JPEG of at most 512 KB, told by its content; the council must have a name first. */
    @PreAuthorize(Roles.IS_ADMIN)
    public CouncilDetails uploadLogo(byte[] image) {
        if (image == null || image.length == 0) {
            throw new TranslatableException("setup.error.logo-empty");
        }
        if (image.length > LOGO_MAX_BYTES) {
            throw new TranslatableException("setup.error.logo-too-big", LOGO_MAX_BYTES / 1024);
        }
        LogoType type = LogoType.of(image).orElseThrow(() -> new TranslatableException("setup.error.logo-type"));
        Council council = councils.findById(Council.ONLY)
                .orElseThrow(() -> new TranslatableException("setup.error.council-name-first"));
        storeLogo(image, type.mime);
        events.publishEvent(new Audited(AuditActions.SETUP_CHANGED, "council logo", type.mime + ", " + image.length + " bytes"));
        return council.details(true);
    }

    @PreAuthorize(Roles.IS_ADMIN)
    public CouncilDetails removeLogo() {
        Council council = councils.findById(Council.ONLY)
                .orElseThrow(() -> new TranslatableException("setup.error.council-name-first"));
        storeLogo(null, null);
        events.publishEvent(new Audited(AuditActions.SETUP_CHANGED, "council logo", "removed"));
        return council.details(false);
    }

    private boolean hasLogo() {
        return jdbc.sql("SELECT COUNT(*) FROM council WHERE id = 1 AND logo IS NOT NULL").query(Long.class).single() > 0;
    }

    private void storeLogo(byte[] image, String type) {
        jdbc.sql("UPDATE council SET logo = ?, logo_type = ? WHERE id = 1").params(image, type).update();
    }

    private static void checkContact(CouncilDetails details) {
        if (!details.contactEmail().isEmpty() && (details.contactEmail().length() > CONTACT_MAX
                || !EMAIL.matcher(details.contactEmail()).matches())) {
            throw new TranslatableException("setup.error.email-invalid");
        }
        if (details.contactPhone().length() > 40) {
            throw new TranslatableException("setup.error.phone-invalid");
        }
        if (!details.website().isEmpty() && (details.website().length() > 300
                || !WEBSITE.matcher(details.website()).matches())) {
            throw new TranslatableException("setup.error.website-invalid");
        }
    }
}
