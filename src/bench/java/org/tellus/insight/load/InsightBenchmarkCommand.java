package org.tellus.insight.load;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.TellusApplication;
import org.tellus.bench.Timings;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.insight.EquityLensService;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.InsightService;
import org.tellus.insight.summary.InsightSummary;
import org.tellus.response.Channel;

import java.io.PrintStream;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

/**
 * {@code insight-benchmark --db-url URL [--db-user U] [--db-password P] [--responses 10000,100000,1000000]
 * [--warmup 3] [--runs 20] [--item age-band] [--recount true]}: makes (or reuses) a synthetic consultation of each
 * size in that database, counts its insight summary (timed; with {@code --recount true} every response again, as
 * after a re-tagging), and times the theme counts, the theme-by-area table, the
 * theme-by-group table, the theme counts of six months of online responses (the day cells), and the theme-by-group
 * table of the busiest area and of six months, calling
 * InsightService's own methods as an officer. Starts the application without its web server. Prints the machine
 * and one line per size and table. A benchmark, not a test, and not in the product jar: run it with
 * {@code ./mvnw -Pbench} (see docs/benchmarks.md).
 */
public final class InsightBenchmarkCommand {

    static final String USAGE = "usage: insight-benchmark --db-url URL [--db-user USER] [--db-password PASSWORD]"
            + " [--responses 10000,100000,1000000] [--warmup 3] [--runs 20] [--item age-band] [--seed 2026]"
            + " [--recount true]";

    private InsightBenchmarkCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        Map<String, String> options;
        List<Integer> sizes = new ArrayList<>();
        try {
            options = parse(args);
            for (String size : options.getOrDefault("responses", "10000,100000,1000000").split(",")) {
                sizes.add(Integer.parseInt(size.strip().replace("_", "")));
            }
            if (!options.containsKey("db-url")) {
                throw new IllegalArgumentException("--db-url is required (the benchmark never uses the embedded database)");
            }
        } catch (IllegalArgumentException e) {
            err.println("insight-benchmark: " + e.getMessage());
            err.println(USAGE);
            return 2;
        }
        int warmUp = Integer.parseInt(options.getOrDefault("warmup", "3"));
        int runs = Integer.parseInt(options.getOrDefault("runs", "20"));
        String item = options.getOrDefault("item", "age-band");
        long seed = Long.parseLong(options.getOrDefault("seed", "2026"));
        boolean recountAll = Boolean.parseBoolean(options.getOrDefault("recount", "false"));
        try (ConfigurableApplicationContext context = start(options)) {
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            SyntheticLoad load = context.getBean(SyntheticLoad.class);
            InsightService insight = context.getBean(InsightService.class);
            EquityLensService lens = context.getBean(EquityLensService.class);
            InsightSummary summary = context.getBean(InsightSummary.class);
            printMachine(out, jdbc, warmUp, runs);
            out.printf(Locale.ROOT, "%-10s %-16s %10s %10s%n", "responses", "table", "median ms", "p95 ms");
            for (int size : sizes) {
                long started = System.nanoTime();
                long consultation = SystemTask.runAs(Roles.ADMIN, () -> load.ensure(size, seed));
                out.printf(Locale.ROOT, "# consultation %d holds %d synthetic responses (ready in %.1f s)%n", consultation,
                        size, (System.nanoTime() - started) / 1e9);
                if (recountAll) {
                    // As after a re-tagging of the whole consultation: every response recounted.
                    jdbc.update("INSERT INTO insight_change (response_id, consultation_id) SELECT id, consultation_id"
                            + " FROM response WHERE consultation_id = ? AND status = 'SUBMITTED' ORDER BY id", consultation);
                }
                started = System.nanoTime();
                long recounted = SystemTask.runAs(Roles.OFFICER, () -> summary.catchUp(InsightScope.of(consultation), Integer.MAX_VALUE));
                out.printf(Locale.ROOT, "# insight summary: %d responses counted in %.1f s%n", recounted,
                        (System.nanoTime() - started) / 1e9);
                out.println("# load average before measuring: " + loadAverage());
                InsightFilter all = InsightFilter.none();
                LocalDate today = LocalDate.now();
                InsightFilter halfYear = new InsightFilter(today.minusMonths(6), today, null, Channel.ONLINE, null);
                InsightFilter oneArea = new InsightFilter(null, null, busiestArea(jdbc, consultation), null, null);
                InsightFilter sixMonths = new InsightFilter(today.minusMonths(6), today, null, null, null);
                SystemTask.runAs(Roles.OFFICER, () -> {
                    print(out, size, "theme counts", Timings.measure(warmUp, runs, () -> insight.themeCounts(consultation, all)));
                    print(out, size, "theme by area", Timings.measure(warmUp, runs, () -> insight.themesByArea(consultation, all)));
                    print(out, size, "theme by group", Timings.measure(warmUp, runs, () -> lens.compare(InsightScope.of(consultation), item, InsightFilter.none())));
                    print(out, size, "themes 6 months", Timings.measure(warmUp, runs, () -> insight.themeCounts(consultation, halfYear)));
                    print(out, size, "group, one area", Timings.measure(warmUp, runs, () -> lens.compare(InsightScope.of(consultation), item, oneArea)));
                    print(out, size, "group, 6 months", Timings.measure(warmUp, runs, () -> lens.compare(InsightScope.of(consultation), item, sixMonths)));
                });
            }
            return 0;
        } catch (RuntimeException e) {
            err.println("insight-benchmark: failed: " + e);
            return 1;
        }
    }

    private static ConfigurableApplicationContext start(Map<String, String> options) {
        return new SpringApplicationBuilder(TellusApplication.class)
                .web(WebApplicationType.NONE)
                // As command-line arguments, so that they win over application.properties.
                .run(Stream.of(
                        "tellus.db.url=" + options.get("db-url"),
                        "tellus.db.user=" + options.getOrDefault("db-user", ""),
                        "tellus.db.password=" + options.getOrDefault("db-password", ""),
                        "tellus.demo-data=false",
                        // Vaadin's auto-configuration needs a web application context; services and JDBC do not.
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        // The tagger would re-tag every synthetic answer with the real model: keep it asleep.
                        "tellus.tagging.sweep-delay-ms=" + Long.MAX_VALUE / 2,
                        // The command counts the summary itself, timed; the background sweep would race it.
                        "tellus.insight.summary.sweep-ms=" + Long.MAX_VALUE / 2,
                        "spring.main.banner-mode=off",
                        "logging.level.root=WARN",
                        "logging.level.org.tellus.insight.load=INFO")
                        .map(p -> "--" + p).toArray(String[]::new));
    }

    private static void printMachine(PrintStream out, JdbcTemplate jdbc, int warmUp, int runs) {
        Runtime runtime = Runtime.getRuntime();
        out.printf(Locale.ROOT, "# cores %d, JVM %s %s (max heap %d MB), %s %s%n", runtime.availableProcessors(),
                System.getProperty("java.vm.name"), Runtime.version(), runtime.maxMemory() >> 20,
                System.getProperty("os.name"), System.getProperty("os.arch"));
        out.printf(Locale.ROOT, "# database %s, InnoDB buffer pool %d MB%n", jdbc.queryForObject("SELECT VERSION()", String.class),
                jdbc.queryForObject("SELECT @@innodb_buffer_pool_size", Long.class) >> 20);
        out.printf(Locale.ROOT, "# %d warm-up runs, then median and p95 of %d runs; theme by group = EquityLensService.compare on one equality item%n",
                warmUp, runs);
    }

    private static String busiestArea(JdbcTemplate jdbc, long consultation) {
        return jdbc.queryForObject("SELECT area_id FROM response WHERE consultation_id = ? AND area_id IS NOT NULL"
                + " GROUP BY area_id ORDER BY COUNT(*) DESC LIMIT 1", String.class, consultation);
    }

    /** Other work on the machine changes every figure; /proc/loadavg says how much there was (Linux only). */
    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg")).strip();
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    private static void print(PrintStream out, int size, String table, Timings timings) {
        out.printf(Locale.ROOT, "%-10d %-16s %10.1f %10.1f%n", size, table, timings.median(), timings.p95());
        out.flush();
    }

    private static Map<String, String> parse(String[] args) {
        Map<String, String> options = new LinkedHashMap<>();
        for (int i = 0; i < args.length; i++) {
            if (!args[i].startsWith("--") || i + 1 >= args.length) {
                throw new IllegalArgumentException("expected --option value, got " + args[i]);
            }
            options.put(args[i].substring(2), args[++i]);
        }
        return options;
    }
}
