package org.tellus.privacy;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.IntegrationTest;
import org.tellus.abuse.AbuseSettings;
import org.tellus.account.AccountService;
import org.tellus.base.TranslatableException;
import org.tellus.consultation.ConsultationService;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.forum.ForumPost;
import org.tellus.network.forum.ForumService;
import org.tellus.network.forum.PostState;
import org.tellus.notification.NotificationService;
import org.tellus.response.ResponseService;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Erasure of an account leaves nothing personal anywhere: the test walks every text column of every table for the
 * person's email, name, the hash sign-in protection keeps of the email and each text they wrote that was not
 * consented to, and every column that refers to an account for their id. What erasure keeps is checked too.
 */
@IntegrationTest
class ErasureTest {

    @Autowired
    AbuseSettings abuseSettings;
    @Autowired
    PrivacyService privacy;
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

    private PrivacyFixture fixture;

    @BeforeEach
    void aResidentWithOneOfEverything() {
        fixture = PrivacyFixture.create(accounts, consultations, responses, networks, forum, notifications, jdbc);
    }

    @Test
    void erasureLeavesNoPersonalDataInAnyTable() throws Exception {
        long id = fixture.resident().id();
        // A failed sign-in is kept under a hash of the email typed.
        jdbc.update("INSERT INTO sign_in_failure (account_key, address, failed_at) VALUES (?, '127.0.0.9', CURRENT_TIMESTAMP(3))",
                sha256(fixture.resident().email()));
        // What the tagger keeps of a post: its themes with explaining words, and a sentence vector.
        long post = jdbc.queryForObject("SELECT id FROM forum_post WHERE thread_id = ? AND opening", Long.class, fixture.threadId());
        jdbc.update("INSERT INTO post_tagging (post_id, model_version, tagged_at) VALUES (?, 'test', CURRENT_TIMESTAMP(3))", post);
        jdbc.update("INSERT INTO post_machine_tag (post_id, theme_id, confidence, explanation, model_version) "
                + "VALUES (?, 'transport', 0.9, ?, 'test')", post, fixture.postText());
        jdbc.update("INSERT INTO post_embedding (post_id, model, text_sha, vector) VALUES (?, 'test', UNHEX(SHA2('x', 256)), X'00')", post);
        List<String> needles = List.of(fixture.resident().email(), fixture.resident().displayName(),
                sha256(fixture.resident().email()), fixture.privateText(), fixture.draftText(), fixture.postText(),
                fixture.requestMessage(), fixture.privateReference(), fixture.quotedReference(), fixture.originKey());
        // The walk finds each of them before erasure: it can fail.
        needles.forEach(needle -> assertThat(textColumnsHolding(List.of(needle))).as(needle).isNotEmpty());
        assertThat(accountColumnsHolding(id)).isNotEmpty();

        ErasureOutcome outcome = NetworkFixtures.as(fixture.resident(), () -> privacy.eraseMyAccount(fixture.resident().email()));

        assertThat(outcome.responsesAnonymised()).isEqualTo(2);
        assertThat(outcome.postsRemoved()).isEqualTo(1);
        assertThat(textColumnsHolding(needles)).isEmpty();
        assertThat(accountColumnsHolding(id)).isEmpty();
        assertThat(jdbc.queryForObject("SELECT (SELECT COUNT(*) FROM post_tagging WHERE post_id = ?) "
                + "+ (SELECT COUNT(*) FROM post_embedding WHERE post_id = ?)", Integer.class, post, post)).isZero();
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response_equality e JOIN response r ON r.id = e.response_id "
                + "WHERE r.consultation_id = ?", Integer.class, fixture.consultation().id())).isZero();
    }

    @Test
    void erasureKeepsConsentedWordsAndTheResponsesAndLeavesAPlaceholderPost() {
        NetworkFixtures.as(fixture.resident(), () -> privacy.eraseMyAccount(fixture.resident().email()));

        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM response WHERE consultation_id = ? AND status = 'SUBMITTED'",
                Integer.class, fixture.consultation().id())).isEqualTo(2);
        // Consented free text stays (quotable), its "other" text too; the other response keeps only its choices.
        assertThat(jdbc.queryForList("SELECT a.text_value FROM answer a JOIN response r ON r.id = a.response_id "
                + "WHERE r.consultation_id = ? AND a.text_value IS NOT NULL", String.class, fixture.consultation().id()))
                .containsExactly(fixture.quotedText());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM answer a JOIN response r ON r.id = a.response_id "
                + "WHERE r.consultation_id = ?", Integer.class, fixture.consultation().id())).isEqualTo(7);
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE id = ?", Integer.class, fixture.resident().id())).isZero();

        ForumPost opening = NetworkFixtures.as(fixture.forum().otherMember(), () -> forum.thread(fixture.threadId())).opening();
        assertThat(opening.state()).isEqualTo(PostState.ERASED);
        assertThat(opening.html()).isNull();
        assertThat(opening.authorName()).isNull();
    }

    @Test
    void erasureNeedsTheAccountsOwnEmailTyped() {
        assertThatThrownBy(() -> NetworkFixtures.as(fixture.resident(), () -> privacy.eraseMyAccount("someone@else.org")))
                .isInstanceOf(TranslatableException.class).hasMessage("privacy.erase.confirm-mismatch");
        assertThat(textColumnsHolding(List.of(fixture.privateText(), fixture.postText()))).contains(
                "answer.text_value: " + fixture.privateText(), "forum_post.body_source: " + fixture.postText());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE id = ?", Integer.class, fixture.resident().id())).isOne();
    }

    @Test
    void anAnonymousResponseIsErasedByItsReferenceOnce() {
        String address = anAddress();
        assertThat(privacy.responseToErase(fixture.privateReference(), address)).isPresent();
        assertThat(privacy.eraseResponse(fixture.privateReference(), address)).isTrue();
        assertThat(textColumnsHolding(List.of(fixture.privateText(), fixture.privateReference()))).isEmpty();
        assertThat(privacy.responseToErase(fixture.privateReference(), address)).isEmpty();
        assertThat(privacy.eraseResponse(fixture.privateReference(), address)).isFalse();
        assertThat(privacy.eraseResponse("TU-0000-0000", address)).isFalse();
        assertThat(privacy.eraseResponse(" ", address)).isFalse();
    }

    @Test
    void oneAddressGuessingReferencesIsStoppedAfterTheAllowedTriesAndOthersAreNot() {
        String guesser = anAddress();
        for (int i = 0; i < abuseSettings.erasureTriesPerAddress(); i++) {
            assertThat(privacy.responseToErase("TU-0000-" + String.format("%04d", i), guesser)).isEmpty();
        }
        // Refused before the reference is looked at: the right one is refused too, and so is erasing with it.
        assertThatThrownBy(() -> privacy.responseToErase(fixture.privateReference(), guesser))
                .isInstanceOf(TranslatableException.class).hasMessage("abuse.erasure-limited");
        assertThatThrownBy(() -> privacy.eraseResponse(fixture.privateReference(), guesser))
                .isInstanceOf(TranslatableException.class).hasMessage("abuse.erasure-limited");
        assertThat(textColumnsHolding(List.of(fixture.privateText()))).isNotEmpty();
        assertThat(privacy.responseToErase(fixture.privateReference(), anAddress())).isPresent();
    }

    /** An address of this test's own, so no other test's tries count against it. */
    private static String anAddress() {
        java.util.concurrent.ThreadLocalRandom r = java.util.concurrent.ThreadLocalRandom.current();
        return "10.253." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    /** "table.column: needle" for every text column holding one of the needles. */
    private List<String> textColumnsHolding(List<String> needles) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT c.TABLE_NAME, c.COLUMN_NAME FROM information_schema.COLUMNS c
                JOIN information_schema.TABLES t ON t.TABLE_SCHEMA = c.TABLE_SCHEMA AND t.TABLE_NAME = c.TABLE_NAME
                WHERE c.TABLE_SCHEMA = DATABASE() AND t.TABLE_TYPE = 'BASE TABLE'
                  AND c.DATA_TYPE IN ('char', 'varchar', 'text', 'mediumtext', 'longtext', 'tinytext')""");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("TABLE_NAME");
            String name = (String) column.get("COLUMN_NAME");
            for (String needle : needles) {
                Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "` WHERE INSTR(`" + name + "`, ?) > 0",
                        Integer.class, needle);
                if (rows > 0) {
                    found.add(table + "." + name + ": " + needle);
                }
            }
        }
        return found;
    }

    /** Every column with a foreign key to app_user, and app_user's own id, that holds this id. */
    private List<String> accountColumnsHolding(long userId) {
        List<Map<String, Object>> columns = jdbc.queryForList("""
                SELECT TABLE_NAME, COLUMN_NAME FROM information_schema.KEY_COLUMN_USAGE
                WHERE TABLE_SCHEMA = DATABASE() AND REFERENCED_TABLE_NAME = 'app_user'
                UNION SELECT 'app_user', 'id'""");
        List<String> found = new ArrayList<>();
        for (Map<String, Object> column : columns) {
            String table = (String) column.get("TABLE_NAME");
            String name = (String) column.get("COLUMN_NAME");
            Integer rows = jdbc.queryForObject("SELECT COUNT(*) FROM `" + table + "` WHERE `" + name + "` = ?", Integer.class, userId);
            if (rows > 0) {
                found.add(table + "." + name);
            }
        }
        return found;
    }

    private static String sha256(String email) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(email.toLowerCase().getBytes(StandardCharsets.UTF_8)));
    }
}
