package org.tellus.base.database;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * Two real JVMs on one data folder: the app in another process holds it, this one is refused; once that app is
 * killed with SIGKILL (its server left running), this one starts and stops the orphaned server first.
 */
class EmbeddedMariaDbTest {

    static final String READY = "embedded-mariadb-ready";

    @TempDir
    Path folder;

    @Test
    void aSecondAppOnTheSameFolderIsRefusedAndACrashedAppsServerIsStopped() throws Exception {
        Path data = folder.resolve("mariadb");
        Process otherApp = startOtherApp(data);
        try {
            assertThatThrownBy(() -> EmbeddedMariaDb.start(data, "tellus"))
                    .isInstanceOf(IllegalStateException.class)
                    .hasMessageContaining("is in use by another Tellus (process " + otherApp.pid() + ")")
                    .hasMessageContaining("TELLUS_DATA_DIR");
            ProcessHandle orphan = serverOf(otherApp);

            otherApp.destroyForcibly().waitFor();
            assertThat(orphan.isAlive()).as("the crashed app's server outlives it").isTrue();

            EmbeddedMariaDb mine = EmbeddedMariaDb.start(data, "tellus");
            assertThat(orphan.isAlive()).as("the orphaned server was stopped").isFalse();
            assertThat(mine.jdbcUrl("tellus")).startsWith("jdbc:mariadb://127.0.0.1:");
        } finally {
            otherApp.destroyForcibly();
            EmbeddedMariaDb.stop(data);
        }
    }

    private static ProcessHandle serverOf(Process app) {
        List<ProcessHandle> servers = app.descendants()
                .filter(p -> p.info().command().map(c -> c.contains("mariadbd")).orElse(false)).toList();
        assertThat(servers).as("the other app's MariaDB server").hasSize(1);
        return servers.getFirst();
    }

    private static Process startOtherApp(Path data) throws IOException {
        Process process = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), EmbeddedMariaDbProcess.class.getName(), data.toString())
                .redirectErrorStream(true).start();
        BufferedReader output = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        CompletableFuture<Boolean> ready = CompletableFuture.supplyAsync(() -> output.lines().anyMatch(READY::equals));
        await().atMost(Duration.ofMinutes(2)).until(ready::isDone);
        assertThat(ready.join()).as("the other app started its server").isTrue();
        // Keep reading, so a chatty server never blocks on a full pipe.
        CompletableFuture.runAsync(() -> output.lines().forEach(line -> { }));
        return process;
    }
}
