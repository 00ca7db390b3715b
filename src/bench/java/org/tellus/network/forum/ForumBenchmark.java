package org.tellus.network.forum;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.condition.EnabledIfSystemProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.bench.Timings;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import static org.assertj.core.api.Assertions.assertThat;
import static org.tellus.network.NetworkFixtures.as;

/**
 * A benchmark, not a test: fills a forum thread with 2,000 replies and a forum with 1,000 threads in MariaDB, then
 * times on the server side what opening the thread and listing the forum cost (the service calls a view makes),
 * and prints the median and 95th percentile with the machine. Skipped unless {@code -Dtellus.benchmark=true};
 * how to run it: docs/benchmarks.md.
 */
@IntegrationTest
@Tag("benchmark")
@EnabledIfSystemProperty(named = "tellus.benchmark", matches = "true")
class ForumBenchmark {

    static final int REPLIES = 2_000;
    static final int THREADS = 1_000;
    static final int PAGE = 50;
    static final int WARM_UP = 30;
    static final int RUNS = 300;

    @Autowired
    ForumService forum;
    @Autowired
    NetworkService networks;
    @Autowired
    AccountService accounts;
    @Autowired
    JdbcTemplate jdbc;

    @Test
    void openAThreadOf2000RepliesAndListAForumOf1000Threads() {
        ForumFixtures big = ForumFixtures.network(networks, accounts, Visibility.OPEN);
        List<UserSummary> voices = new ArrayList<>();
        for (int i = 0; i < 20; i++) {
            voices.add(ForumFixtures.member(networks, accounts, big.network()));
        }
        ForumThread thread = as(big.member(), () -> forum.startThread(big.network().id(), "A long thread", "Opening"));
        fillReplies(big, thread.id(), voices);

        ForumFixtures busy = ForumFixtures.network(networks, accounts, Visibility.OPEN);
        fillThreads(busy);

        List<String> report = new ArrayList<>();
        report.add(machine());
        report.add(measure("open thread: header + counts + first 50 replies", big.member(), () -> {
            ForumThread t = forum.thread(thread.id());
            return forum.replies(thread.id(), 0, PAGE).size() + t.replyCount();
        }));
        report.add(measure("scroll to the end: replies 1950-1999", big.member(),
                () -> forum.replies(thread.id(), REPLIES - PAGE, PAGE).size()));
        report.add(measure("list forum of 1,000 threads: count + first 50", busy.member(),
                () -> forum.threadCount(busy.network().id()) + forum.threads(busy.network().id(), 0, PAGE).size()));
        report.add(measure("list forum: threads 950-999", busy.member(),
                () -> forum.threads(busy.network().id(), THREADS - PAGE, PAGE).size()));
        System.out.println(String.join("\n", report));

        assertThat(as(big.member(), () -> forum.thread(thread.id()).replyCount())).isEqualTo(REPLIES);
        assertThat(as(busy.member(), () -> forum.threadCount(busy.network().id()))).isEqualTo(THREADS);
    }

    /** Written straight to the tables: going through the service would stop at the rate limit, as it should. */
    private void fillReplies(ForumFixtures net, long threadId, List<UserSummary> voices) {
        Instant start = Instant.now().minusSeconds(REPLIES * 60L);
        List<Object[]> rows = new ArrayList<>();
        for (int i = 0; i < REPLIES; i++) {
            String text = "Reply " + i + ": the buses after ten would let people get home from evening shifts.";
            rows.add(new Object[]{threadId, net.network().id(), voices.get(i % voices.size()).id(), text,
                    "<p>" + text + "</p>", Timestamp.from(start.plusSeconds(i * 60L))});
        }
        jdbc.batchUpdate("INSERT INTO forum_post (thread_id, network_id, author_id, opening, body_source, body_html, "
                + "created_at) VALUES (?, ?, ?, FALSE, ?, ?, ?)", rows);
        jdbc.update("UPDATE forum_thread SET reply_count = ? WHERE id = ?", REPLIES, threadId);
        jdbc.update("INSERT INTO forum_reaction (post_id, user_id, kind) SELECT id, ?, 'AGREE' FROM forum_post "
                + "WHERE thread_id = ? AND MOD(id, 3) = 0", net.otherMember().id(), threadId);
    }

    private void fillThreads(ForumFixtures net) {
        Instant start = Instant.now().minusSeconds(THREADS * 600L);
        long author = net.member().id();
        List<Object[]> threads = new ArrayList<>();
        for (int i = 0; i < THREADS; i++) {
            threads.add(new Object[]{net.network().id(), "Thread " + i, author, i % 100 == 0, i * 2,
                    Timestamp.from(start.plusSeconds(i * 600L))});
        }
        jdbc.batchUpdate("INSERT INTO forum_thread (network_id, title, author_id, pinned, reply_count, last_activity_at) "
                + "VALUES (?, ?, ?, ?, ?, ?)", threads);
        jdbc.update("INSERT INTO forum_post (thread_id, network_id, author_id, opening, body_source, body_html, created_at) "
                + "SELECT id, network_id, author_id, TRUE, 'Opening', '<p>Opening</p>', created_at FROM forum_thread "
                + "WHERE network_id = ?", net.network().id());
        jdbc.update("UPDATE forum_thread t JOIN forum_post p ON p.thread_id = t.id AND p.opening "
                + "SET t.opening_post_id = p.id WHERE t.network_id = ?", net.network().id());
    }

    private static String measure(String what, UserSummary user, Supplier<Integer> work) {
        return as(user, () -> {
            Timings timings = Timings.measure(WARM_UP, RUNS, work::get);
            return String.format(Locale.ROOT, "%-50s median %6.2f ms   p95 %6.2f ms   (%d runs)", what,
                    timings.median(), timings.p95(), RUNS);
        });
    }

    private String machine() {
        return String.format(Locale.ROOT, "machine: %d cores, Java %s (%s), %s%n", Runtime.getRuntime().availableProcessors(),
                Runtime.version(), System.getProperty("java.vm.name"),
                jdbc.queryForObject("SELECT VERSION()", String.class));
    }
}
