package org.tellus.abuse;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.TestClock;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;

import javax.sql.DataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class AbuseProtectionTest {

    @Autowired
    AbuseProtection protection;
    @Autowired
    AbuseSettings settings;
    @Autowired
    RateLimits limits;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    /** An address of this test's own, so no other test's counts reach it. */
    private static String address() {
        ThreadLocalRandom r = ThreadLocalRandom.current();
        return "10." + r.nextInt(256) + "." + r.nextInt(256) + "." + r.nextInt(1, 255);
    }

    private static long consultation() {
        return ThreadLocalRandom.current().nextLong(1_000_000, Long.MAX_VALUE);
    }

    private static String refusal(Runnable call) {
        try {
            call.run();
            return null;
        } catch (TranslatableException refused) {
            return refused.key();
        }
    }

    @Test
    @WithAnonymousUser
    void aSolvedPuzzlePassesOnceAndItsReplayIsRefused() {
        BotProof proof = BotSolver.proof(protection);
        String address = address();
        String key = protection.admitAnswer(consultation(), address, proof);
        assertThat(key).hasSize(32).doesNotContain(address);
        assertThat(refusal(() -> protection.admitAnswer(consultation(), address, proof))).isEqualTo("abuse.bot-check");
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM abuse_used_challenge WHERE challenge = ?", Integer.class,
                proof.challenge())).isOne();
    }

    @Test
    @WithAnonymousUser
    void aMissingWrongForgedOrExpiredProofIsRefused() {
        String address = address();
        assertThat(refusal(() -> protection.admitAnswer(consultation(), address, BotProof.none())))
                .isEqualTo("abuse.bot-check-pending");
        assertThat(refusal(() -> protection.admitAnswer(consultation(), address, null))).isEqualTo("abuse.bot-check");
        BotProof right = BotSolver.proof(protection);
        BotProof wrongNumber = new BotProof(right.salt(), right.challenge(), right.signature(),
                (right.number() + 1) % (settings.proofOfWorkMaxNumber() + 1), "");
        assertThat(refusal(() -> protection.admitAnswer(consultation(), address, wrongNumber))).isEqualTo("abuse.bot-check");
        // A puzzle made up by the client: its hash is right, but the server never signed it.
        String salt = "feedface?expires=" + Instant.now().plusSeconds(600).getEpochSecond() + "&";
        BotProof forged = new BotProof(salt, Keys.sha256(salt + 7), right.signature(), 7, "");
        assertThat(refusal(() -> protection.admitAnswer(consultation(), address, forged))).isEqualTo("abuse.bot-check");
        BotProof old = BotSolver.proof(protection);
        clock.advance(settings.challengeLife().plusMinutes(1));
        assertThat(refusal(() -> protection.admitAnswer(consultation(), address, old))).isEqualTo("abuse.bot-check");
        clock.reset();
        assertThat(refusal(() -> protection.admitAnswer(consultation(), address, right))).isNull();
    }

    @Test
    @WithAnonymousUser
    void aFilledHoneypotIsRefusedEvenWithARightProof() {
        BotProof right = BotSolver.proof(protection);
        BotProof filled = new BotProof(right.salt(), right.challenge(), right.signature(), right.number(), "http://spam.example");
        assertThat(refusal(() -> protection.admitAnswer(consultation(), address(), filled))).isEqualTo("abuse.bot-check");
        assertThat(refusal(() -> protection.admitRegistration(address(), filled))).isEqualTo("abuse.bot-check");
    }

    @Test
    @WithAnonymousUser
    void oneAddressIsLimitedAfterTheAllowedNumberAndOthersAreNot() {
        String flooder = address();
        long consultation = consultation();
        int admitted = 0;
        String refused = null;
        for (int i = 0; i < settings.answersPerAddress() + 5; i++) {
            refused = refusal(() -> protection.admitAnswer(consultation, flooder, BotSolver.proof(protection)));
            if (refused == null) {
                admitted++;
            }
        }
        assertThat(admitted).isEqualTo(settings.answersPerAddress());
        assertThat(refused).isEqualTo("abuse.limited");
        assertThat(refusal(() -> protection.admitAnswer(consultation, address(), BotSolver.proof(protection)))).isNull();
        // The next window starts afresh.
        clock.advance(settings.window());
        assertThat(refusal(() -> protection.admitAnswer(consultation, flooder, BotSolver.proof(protection)))).isNull();
    }

    @Test
    @WithAnonymousUser
    void aConsultationTakesNoMoreThanItsLimitFromManyAddressesTogether() {
        long consultation = consultation();
        for (int i = 0; i < settings.answersPerConsultation(); i++) {
            protection.admitAnswer(consultation, "10.200." + (i / 250) + "." + (i % 250 + 1), BotSolver.proof(protection));
        }
        assertThat(refusal(() -> protection.admitAnswer(consultation, address(), BotSolver.proof(protection))))
                .isEqualTo("abuse.limited");
        assertThat(refusal(() -> protection.admitAnswer(consultation(), address(), BotSolver.proof(protection)))).isNull();
    }

    @Test
    @WithAnonymousUser
    void registrationIsLimitedPerAddress() {
        String address = address();
        for (int i = 0; i < settings.registrationsPerAddress(); i++) {
            protection.admitRegistration(address, BotSolver.proof(protection));
        }
        assertThat(refusal(() -> protection.admitRegistration(address, BotSolver.proof(protection)))).isEqualTo("abuse.limited");
        assertThat(refusal(() -> protection.admitRegistration(address(), BotSolver.proof(protection)))).isNull();
    }

    @Test
    @WithMockUser(username = "resident@tellus.test", roles = Roles.RESIDENT)
    void aSignedInResidentNeedsNeitherTheCheckNorTheLimit() {
        String address = address();
        for (int i = 0; i < settings.answersPerAddress() + 3; i++) {
            assertThat(protection.admitAnswer(consultation(), address, BotProof.none())).hasSize(32);
        }
    }

    @Test
    void noAddressIsStoredRawAndTheKeyIsTheSameEachTime() {
        String address = address();
        limits.take(AbuseProtection.ANSWERS_BY_ADDRESS, new KeysProbe(jdbc).key(address), 5, Duration.ofHours(1), clock.instant());
        assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM abuse_counter WHERE subject LIKE ?", Integer.class,
                "%" + address + "%")).isZero();
    }

    /**
     * Two instances share the counter: a second pool of connections (as a second app on the same MariaDB would
     * have) takes from the same limit at the same time as this one, and together they admit exactly the limit.
     */
    @Test
    void twoInstancesTakingAtOnceAdmitExactlyTheLimitBetweenThem() throws Exception {
        HikariDataSource app = dataSource.unwrap(HikariDataSource.class);
        try (HikariDataSource other = new HikariDataSource()) {
            other.setJdbcUrl(app.getJdbcUrl());
            other.setUsername(app.getUsername());
            other.setPassword(app.getPassword());
            other.setMaximumPoolSize(4);
            RateLimits second = new RateLimits(JdbcClient.create(other), new DataSourceTransactionManager(other));
            String subject = UUID.randomUUID().toString();
            int limit = 25;
            Instant now = clock.instant();
            List<Future<Boolean>> tries = new ArrayList<>();
            try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
                for (int i = 0; i < 60; i++) {
                    RateLimits instance = i % 2 == 0 ? limits : second;
                    tries.add(pool.submit(() -> instance.take("test.shared", subject, limit, Duration.ofHours(1), now)));
                }
            }
            long admitted = 0;
            for (Future<Boolean> t : tries) {
                admitted += t.get() ? 1 : 0;
            }
            assertThat(admitted).isEqualTo(limit);
        }
    }

    /** Reads the keyed hash the way the product makes it. */
    private record KeysProbe(JdbcTemplate jdbc) {
        String key(String address) {
            return new Keys(JdbcClient.create(jdbc)).addressKey(address);
        }
    }
}
