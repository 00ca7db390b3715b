package org.tellus.privacy;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationService;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.forum.ForumService;
import org.tellus.notification.NotificationService;
import org.tellus.response.ResponsePrivacy;
import org.tellus.response.ResponseService;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A resident's data download holds everything of theirs and nobody else's; the notice; who may call what. */
@IntegrationTest
class MyDataAndNoticeTest {

    @Autowired
    PrivacyService privacy;
    @Autowired
    RetentionService retention;
    @Autowired
    ResponsePrivacy responsePrivacy;
    @Autowired
    AccountService accounts;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ResponseService responses;
    @Autowired
    NetworkService networks;
    @Autowired
    ForumService forum;
    @Autowired
    NotificationService notifications;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theDownloadHoldsEveryKindOfTheResidentsDataAsJsonAndCsv() throws Exception {
        PrivacyFixture f = PrivacyFixture.create(accounts, consultations, responses, networks, forum, notifications, jdbc);

        Map<String, String> files = unzip(NetworkFixtures.as(f.resident(), () -> download()));

        assertThat(files.keySet()).containsExactly("data.json", "account.csv", "responses.csv", "equality.csv",
                "memberships.csv", "forum-posts.csv", "notifications.csv");
        assertThat(files.get("data.json")).contains(f.resident().email(), f.privateText(), f.quotedText(), f.draftText(),
                f.postText(), f.requestMessage(), f.askedNetwork().name(), f.privateReference(), "\"disability\"");
        assertThat(files.get("account.csv")).contains(f.resident().email(), f.resident().displayName());
        assertThat(files.get("responses.csv")).contains(f.privateText(), f.quotedText(), f.draftText(), "Other " + f.privateText());
        assertThat(files.get("equality.csv")).contains(f.privateReference() + ",disability,no");
        assertThat(files.get("memberships.csv")).contains(f.requestMessage(), "REQUESTED");
        assertThat(files.get("forum-posts.csv")).contains(f.postText());
        assertThat(files.get("notifications.csv").lines().count()).isGreaterThanOrEqualTo(2);

        // Another member of the same network gets their own data only.
        String theirs = unzip(NetworkFixtures.as(f.forum().otherMember(), () -> download())).get("data.json");
        assertThat(theirs).doesNotContain(f.privateText(), f.postText(), f.resident().email());
    }

    @Test
    void aSpreadsheetShowsAFormulaInsteadOfRunningIt() {
        assertThat(DataExport.cell("=HYPERLINK(\"x\")")).isEqualTo("\"'=HYPERLINK(\"\"x\"\")\"");
        assertThat(DataExport.cell("plain")).isEqualTo("plain");
    }

    @Test
    void anAdministratorReplacesTheNoticeAndTheTrailSaysSo() {
        String text = "Our notice " + UUID.randomUUID() + "\n\nSecond paragraph.";
        PrivacyNotice saved = SystemTask.runAs(Roles.ADMIN, () -> privacy.saveNotice(text));

        assertThat(privacy.notice()).contains(saved);
        assertThat(saved.paragraphs()).containsExactly(text.substring(0, text.indexOf('\n')), "Second paragraph.");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'privacy.notice-changed' AND at >= ?",
                Integer.class, java.sql.Timestamp.from(saved.updatedAt().minusSeconds(1)))).isPositive();
        assertThatThrownBy(() -> SystemTask.runAs(Roles.ADMIN, () -> privacy.saveNotice("  ")))
                .isInstanceOf(TranslatableException.class).hasMessage("privacy.notice.empty");
        assertThat(privacy.notice()).contains(saved);
    }

    @Test
    void anAdministratorCannotEraseTheirOwnAccount() {
        var admin = NetworkFixtures.user(accounts, Roles.ADMIN);
        assertThatThrownBy(() -> NetworkFixtures.as(admin, () -> privacy.eraseMyAccount(admin.email())))
                .isInstanceOf(TranslatableException.class).hasMessage("privacy.erase.admin");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE id = ?", Integer.class, admin.id())).isOne();
    }

    @Test
    void onlySignedInPeopleUseTheirRights() {
        AccessRules.assertRefused(List.of(() -> privacy.writeMyData(new ByteArrayOutputStream()),
                () -> privacy.eraseMyAccount("x@example.org"), responsePrivacy::myResponses, responsePrivacy::anonymiseMine,
                networks::myMemberships, forum::myPosts, forum::eraseMyPosts, accounts::eraseMyAccount));
    }

    @Test
    void onlyAdministratorsChangeTheNoticeAndRetention() {
        AccessRules.assertRefused(List.of(() -> privacy.saveNotice("text"), retention::rules,
                () -> retention.setRule(1, 6), () -> retention.removeRule(1), retention::applyDue,
                () -> responsePrivacy.applyRetention(1)), Roles.RESIDENT, Roles.FACILITATOR, Roles.OFFICER);
    }

    private byte[] download() {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            privacy.writeMyData(out);
            return out.toByteArray();
        } catch (java.io.IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Map<String, String> unzip(byte[] zip) throws Exception {
        Map<String, String> files = new LinkedHashMap<>();
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip), StandardCharsets.UTF_8)) {
            for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
                files.put(e.getName(), new String(in.readAllBytes(), StandardCharsets.UTF_8));
            }
        }
        return files;
    }
}
