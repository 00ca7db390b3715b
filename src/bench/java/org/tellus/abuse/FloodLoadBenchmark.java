package org.tellus.abuse;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.base.security.RunAs;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionDetails;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.ResponseFilter;
import org.tellus.response.ResponseRow;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionRequest;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A load, not a test (decision 032, docs/security.md): one address sends 500 anonymous answers within a minute
 * while 20 residents from 20 other addresses answer at the same time, each through the same calls the consultation
 * page makes (the bot check solved as the page's script does, the rate limits, the submission). Bounded: 60 seconds,
 * 560 submissions, a database on 127.0.0.1 only. Skipped unless {@code -Dtellus.benchmark=true}; run with
 * {@code -Dtellus.abuse.answers-per-address=20} for the production limit (the test profile raises it).
 */
@IntegrationTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "tellus.benchmark", matches = "true")
class FloodLoadBenchmark {

    static final int FLOOD = 500;
    static final Duration LENGTH = Duration.ofSeconds(60);
    static final int RESIDENTS = 20;
    static final int ANSWERS_EACH = 3;
    static final AnonymousAuthenticationToken ANONYMOUS = new AnonymousAuthenticationToken("load", "anonymous",
            AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS"));

    @Autowired
    AbuseProtection abuse;
    @Autowired
    AbuseSettings settings;
    @Autowired
    ResponseService responses;
    @Autowired
    ConsultationService consultations;
    @Value("${tellus.db.url:}")
    String dbUrl;

    @Test
    void oneAddressIsStoppedAfterTheAllowedNumberAndOtherResidentsAreNot() throws Exception {
        assertThat(dbUrl).as("the load goes to a database on 127.0.0.1 only").matches("(|jdbc:mariadb://(127\\.0\\.0\\.1|localhost)[:/].*)");
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Flood load " + UUID.randomUUID());
        String flooder = "127.0.0.2";
        AtomicInteger floodStored = new AtomicInteger();
        AtomicInteger floodLimited = new AtomicInteger();
        AtomicInteger residentsStored = new AtomicInteger();
        Map<String, AtomicInteger> residentsRefused = new ConcurrentHashMap<>();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long spacing = LENGTH.toNanos() / FLOOD;

        Thread flood = Thread.ofPlatform().name("flooder").start(() -> {
            for (int i = 0; i < FLOOD && System.nanoTime() - start < LENGTH.toNanos(); i++) {
                pace(start + i * spacing);
                long t = System.nanoTime();
                try {
                    send(c, flooder, "The same answer from a script, again and again");
                    floodStored.incrementAndGet();
                } catch (TranslatableException refused) {
                    if ("abuse.limited".equals(refused.key())) {
                        floodLimited.incrementAndGet();
                    }
                }
                latencies.add(System.nanoTime() - t);
            }
        });
        List<Thread> residents = new ArrayList<>();
        for (int r = 0; r < RESIDENTS; r++) {
            String address = "127.0.1." + (r + 1);
            int resident = r;
            residents.add(Thread.ofPlatform().name("resident-" + r).start(() -> {
                for (int a = 0; a < ANSWERS_EACH; a++) {
                    pace(start + LENGTH.toNanos() * (resident * ANSWERS_EACH + a) / (RESIDENTS * ANSWERS_EACH + 1));
                    try {
                        send(c, address, "Resident " + resident + ", answer " + a + ", " + UUID.randomUUID().toString().substring(0, 8));
                        residentsStored.incrementAndGet();
                    } catch (TranslatableException refused) {
                        residentsRefused.computeIfAbsent(refused.key(), k -> new AtomicInteger()).incrementAndGet();
                    }
                }
            }));
        }
        flood.join(LENGTH.plusSeconds(30));
        for (Thread t : residents) {
            t.join(LENGTH.plusSeconds(30));
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<ResponseRow> rows = SystemTask.runAs(Roles.OFFICER, () -> responses.responses(c.id(), ResponseFilter.none(), 0, 1000));
        long flagged = rows.stream().filter(ResponseRow::manyFromOneAddress).count();
        List<Long> sorted = latencies.stream().sorted().toList();
        System.out.printf("%nFLOOD LOAD: %d attempts from one address in %.1f s (limit %d per %s): stored %d, limited %d%n",
                latencies.size(), seconds, settings.answersPerAddress(), settings.window(), floodStored.get(), floodLimited.get());
        System.out.printf("FLOOD LOAD: %d residents from other addresses, %d answers: stored %d, refused %s%n",
                RESIDENTS, RESIDENTS * ANSWERS_EACH, residentsStored.get(), residentsRefused);
        System.out.printf("FLOOD LOAD: flagged 'many from one address' in the officer's list: %d of %d responses%n",
                flagged, rows.size());
        System.out.printf("FLOOD LOAD: one attempt (solve + check + limit + store) median %.1f ms, 95th %.1f ms; %s, %d cores%n%n",
                sorted.get(sorted.size() / 2) / 1e6, sorted.get(sorted.size() * 95 / 100) / 1e6,
                System.getProperty("os.arch"), Runtime.getRuntime().availableProcessors());
        assertThat(floodStored.get()).isEqualTo(settings.answersPerAddress());
        assertThat(residentsStored.get()).isEqualTo(RESIDENTS * ANSWERS_EACH);
    }

    private void send(ConsultationDetails c, String address, String text) {
        RunAs.authentication(ANONYMOUS, () -> {
            String origin = abuse.admitAnswer(c.id(), address, BotSolver.proof(abuse));
            List<QuestionDetails> q = c.questions();
            return responses.submit(new SubmissionRequest(c.id(), UUID.randomUUID().toString(), List.of(
                    AnswerInput.text(q.get(0).id(), text),
                    AnswerInput.options(q.get(1).id(), List.of(q.get(1).options().getFirst().id()), null),
                    AnswerInput.number(q.get(3).id(), 3)), Map.of(), false, Channel.ONLINE), origin);
        });
    }

    private static void pace(long at) {
        long wait = at - System.nanoTime();
        if (wait > 0) {
            java.util.concurrent.locks.LockSupport.parkNanos(wait);
        }
    }
}
