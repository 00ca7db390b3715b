package org.tellus.base.database;

import com.zaxxer.hikari.HikariDataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.jdbc.DataSourceBuilder;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import javax.sql.DataSource;

/**
 * The database: an external MariaDB when {@code TELLUS_DB_URL} is set, otherwise an embedded one.
 * See docs/decisions/001-embedded-mariadb.md.
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
}
