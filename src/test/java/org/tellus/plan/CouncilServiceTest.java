package org.tellus.plan;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.audit.AuditActions;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;

import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** An administrator names the council, gives its contact and logo; anyone reads them. */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = Roles.ADMIN)
class CouncilServiceTest {

    /** The first bytes of a PNG file, then anything: the type is told by content. */
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13};

    @Autowired
    CouncilService councils;
    @Autowired
    JdbcTemplate jdbc;

    private List<Map<String, Object>> before;

    /** The council row is one for every test: each test puts back what it found. */
    @BeforeEach
    void remember() {
        before = jdbc.queryForList("SELECT * FROM council");
    }

    @AfterEach
    void restore() {
        jdbc.update("DELETE FROM council");
        for (Map<String, Object> row : before) {
            jdbc.update("INSERT INTO council (id, name, contact_email, contact_phone, website, logo, logo_type, version)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?, ?)", row.get("id"), row.get("name"), row.get("contact_email"),
                    row.get("contact_phone"), row.get("website"), row.get("logo"), row.get("logo_type"), row.get("version"));
        }
    }

    @Test
    void anAdministratorNamesTheCouncilAndAnyoneReadsIt() {
        CouncilDetails saved = councils.update(new CouncilDetails(" Borough of Eastmere (fictional) ",
                "hello@eastmere.example", "01234 567890", "https://eastmere.example", false, councils.council().version()));

        assertThat(saved.name()).isEqualTo("Borough of Eastmere (fictional)");
        assertThat(SystemTask.runAs(Roles.RESIDENT, councils::council)).isEqualTo(saved);
        assertThatThrownBy(() -> councils.update(new CouncilDetails("Other", "", "", "", false, saved.version() + 1)))
                .hasMessage("setup.error.edited-elsewhere");
        assertThatThrownBy(() -> councils.update(new CouncilDetails("Other", "not an email", "", "", false, saved.version())))
                .hasMessage("setup.error.email-invalid");
        assertThatThrownBy(() -> councils.update(new CouncilDetails("Other", "", "", "javascript:alert(1)", false,
                saved.version()))).hasMessage("setup.error.website-invalid");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = ? AND detail = ?", Long.class,
                AuditActions.SETUP_CHANGED, "Borough of Eastmere (fictional)")).isPositive();
    }

    @Test
    void aLogoIsAPngOrJpegOfAtMost512KbToldByItsContent() {
        councils.update(new CouncilDetails("Logo test council", "", "", "", false, councils.council().version()));

        assertThat(councils.uploadLogo(PNG).hasLogo()).isTrue();
        assertThat(councils.logo()).hasValueSatisfying(l -> assertThat(l.mediaType()).isEqualTo("image/png"));
        assertThatThrownBy(() -> councils.uploadLogo("GIF89a...".getBytes())).hasMessage("setup.error.logo-type");
        assertThatThrownBy(() -> councils.uploadLogo("<svg onload=alert(1)>".getBytes())).hasMessage("setup.error.logo-type");
        byte[] big = new byte[CouncilService.LOGO_MAX_BYTES + 1];
        System.arraycopy(PNG, 0, big, 0, PNG.length);
        assertThatThrownBy(() -> councils.uploadLogo(big)).hasMessage("setup.error.logo-too-big");
        assertThat(councils.logo().orElseThrow().image()).isEqualTo(PNG);
        assertThat(councils.removeLogo().hasLogo()).isFalse();
        assertThat(councils.logo()).isEmpty();
    }

    @Test
    void onlyAnAdministratorChangesTheCouncil() {
        AccessRules.assertRefused(List.of(() -> councils.update(new CouncilDetails("X", "", "", "", false, 0)),
                () -> councils.uploadLogo(PNG), councils::removeLogo), Roles.OFFICER, Roles.RESIDENT, Roles.FACILITATOR);
    }
}
