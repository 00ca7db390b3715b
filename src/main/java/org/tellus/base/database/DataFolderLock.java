package org.tellus.base.database;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.util.Optional;

/**
 * Keeps one app at a time on an embedded data folder. The lock file next to the folder is held with an operating
 * system lock for as long as this JVM lives; the OS drops it when the JVM dies, even by {@code kill -9}. The
 * server writes its pid next to it, so the next app to take the lock can stop a server its crashed owner left
 * running on the same files (two servers on one InnoDB folder would corrupt it or hang waiting for its lock).
 */
final class DataFolderLock {

    private static final Logger log = LoggerFactory.getLogger(DataFolderLock.class);
    private static final Duration STOP_WAIT = Duration.ofSeconds(30);

    private final Path dataDir;
    private final FileChannel channel;
    private final FileLock lock;

    private DataFolderLock(Path dataDir, FileChannel channel, FileLock lock) {
        this.dataDir = dataDir;
        this.channel = channel;
        this.lock = lock;
    }

    /** Takes the folder's lock, or says clearly which process holds it. */
    static DataFolderLock take(Path dataDir) {
        Path lockFile = sibling(dataDir, ".lock");
        try {
            Files.createDirectories(lockFile.getParent());
            FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            FileLock lock = channel.tryLock();
            if (lock == null) {
                String holder = new String(Files.readAllBytes(lockFile), StandardCharsets.US_ASCII).trim();
                channel.close();
                throw new IllegalStateException("The data folder " + dataDir + " is in use by another Tellus"
                        + (holder.isEmpty() ? "" : " (process " + holder + ")")
                        + ". Stop it first, or give this one its own folder with TELLUS_DATA_DIR.");
            }
            channel.truncate(0);
            channel.write(StandardCharsets.US_ASCII.encode(String.valueOf(ProcessHandle.current().pid())));
            channel.force(true);
            return new DataFolderLock(dataDir, channel, lock);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot lock the data folder " + dataDir, e);
        }
    }

    /** Where the server writes its pid (passed to it as {@code --pid-file}). */
    Path serverPidFile() {
        return sibling(dataDir, ".pid");
    }

    /**
     * Stops a server left running on this folder by an app that died without stopping it. Safe because we hold
     * the lock: no living app owns that server.
     */
    void stopOrphanedServer() {
        orphanedServer().ifPresent(server -> {
            log.warn("Stopping MariaDB server {} left running on {} by an app that did not shut down", server.pid(), dataDir);
            server.destroy();
            boolean stopped = server.onExit().completeOnTimeout(null, STOP_WAIT.toSeconds(), java.util.concurrent.TimeUnit.SECONDS)
                    .thenApply(exited -> !server.isAlive()).join();
            if (!stopped) {
                server.destroyForcibly();
                server.onExit().join();
            }
        });
    }

    Optional<ProcessHandle> orphanedServer() {
        Path pidFile = serverPidFile();
        if (!Files.isRegularFile(pidFile)) {
            return Optional.empty();
        }
        try {
            long pid = Long.parseLong(Files.readString(pidFile, StandardCharsets.US_ASCII).trim());
            // A pid can be reused after a reboot: only a MariaDB server counts.
            return ProcessHandle.of(pid).filter(ProcessHandle::isAlive)
                    .filter(p -> p.info().command().map(c -> c.contains("mariadbd") || c.contains("mysqld")).orElse(false));
        } catch (IOException | NumberFormatException unreadable) {
            return Optional.empty();
        }
    }

    void release() {
        try {
            lock.release();
            channel.close();
        } catch (IOException e) {
            log.warn("Could not release the lock of {}: {}", dataDir, e.getMessage());
        }
    }

    private static Path sibling(Path dataDir, String suffix) {
        Path absolute = dataDir.toAbsolutePath().normalize();
        return absolute.resolveSibling(absolute.getFileName() + suffix);
    }
}
