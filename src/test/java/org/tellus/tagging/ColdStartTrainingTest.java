package org.tellus.tagging;

import com.zaxxer.hikari.HikariDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.IntegrationTest;
import org.tellus.TellusApplication;

import javax.sql.DataSource;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CyclicBarrier;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two more app contexts on this test's database, as two instances of the app starting together on a council
 * with no model yet: the cold-start model is trained once, by one of the three, and all use it.
 */
@IntegrationTest
class ColdStartTrainingTest {

    @Autowired
    ApplicationContext thisInstance;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    DataSource dataSource;

    @Test
    void instancesStartingTogetherTrainTheColdStartModelOnce() throws Exception {
        Optional<String> before = jdbc.queryForList("SELECT version FROM theme_model WHERE active", String.class).stream().findFirst();
        List<ConfigurableApplicationContext> others = new ArrayList<>();
        try {
            others.addAll(CompletableFuture.supplyAsync(this::startInstance)
                    .thenCombine(CompletableFuture.supplyAsync(this::startInstance), List::of).join());
            List<ApplicationContext> all = List.of(thisInstance, others.get(0), others.get(1));
            List<Double> trainedBefore = all.stream().map(ColdStartTrainingTest::trainings).toList();
            jdbc.update("UPDATE theme_model SET active = FALSE"); // a council with no model yet

            CyclicBarrier together = new CyclicBarrier(2);
            List<String> versions = Stream.of(others.get(0), others.get(1))
                    .map(context -> CompletableFuture.supplyAsync(() -> {
                        await(together);
                        return context.getBean(ActiveModel.class).get().version();
                    })).toList().stream().map(CompletableFuture::join).toList();

            double trained = 0;
            for (int i = 0; i < all.size(); i++) {
                trained += trainings(all.get(i)) - trainedBefore.get(i);
            }
            assertThat(trained).as("cold-start trainings across the three instances").isEqualTo(1);
            assertThat(versions.get(0)).isEqualTo(versions.get(1));
            assertThat(thisInstance.getBean(ActiveModel.class).get().version()).isEqualTo(versions.get(0));
        } finally {
            others.forEach(ConfigurableApplicationContext::close);
            before.ifPresent(version -> jdbc.update("UPDATE theme_model SET active = (version = ?)", version));
        }
    }

    private static double trainings(ApplicationContext context) {
        Timer timer = context.getBean(MeterRegistry.class).find("tellus.model.training").timer();
        return timer == null ? 0 : timer.count();
    }

    private ConfigurableApplicationContext startInstance() {
        HikariDataSource database = (HikariDataSource) dataSource;
        return new SpringApplicationBuilder(TellusApplication.class)
                .web(WebApplicationType.NONE)
                .profiles("test")
                .run(Stream.of(
                        "tellus.db.url=" + database.getJdbcUrl(),
                        "tellus.db.user=" + database.getUsername(),
                        "tellus.db.password=" + Optional.ofNullable(database.getPassword()).orElse(""),
                        // Services and JDBC need no web server; Vaadin's auto-configuration needs one.
                        "spring.autoconfigure.exclude=com.vaadin.flow.spring.SpringBootAutoConfiguration,"
                                + "com.vaadin.flow.spring.SpringSecurityAutoConfiguration",
                        "spring.main.banner-mode=off")
                        .map(p -> "--" + p).toArray(String[]::new));
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }
}
