package org.tellus.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.tellus.SharedSecurityContext;
import org.tellus.TestDatabase;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Health and metrics answer on the management port without a sign-in, and not on the public port. The same
 * configuration as the browser tests, so they share one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestDatabase.class, SharedSecurityContext.class})
class OperationsEndpointsTest {

    @Value("${local.server.port}")
    int publicPort;
    @Value("${local.management.port}")
    int managementPort;

    private final HttpClient http = HttpClient.newHttpClient();

    @Test
    void livenessAndReadinessWithTheDatabaseAnswerOnTheManagementPort() throws Exception {
        HttpResponse<String> readiness = get(managementPort, "/actuator/health/readiness");
        assertThat(readiness.statusCode()).isEqualTo(200);
        assertThat(readiness.body()).contains("\"status\":\"UP\"");
        assertThat(get(managementPort, "/actuator/health/liveness").statusCode()).isEqualTo(200);
        assertThat(get(managementPort, "/actuator/health").body()).contains("\"status\":\"UP\"");
    }

    @Test
    void prometheusMetricsCountSubmissionsBacklogJobsAndTraining() throws Exception {
        HttpResponse<String> metrics = get(managementPort, "/actuator/prometheus");
        assertThat(metrics.statusCode()).isEqualTo(200);
        assertThat(metrics.body()).contains("tellus_responses_submitted_total", "tellus_tagging_backlog{",
                "tellus_jobs{", "tellus_model_training_seconds_count", "hikaricp_connections_active");
    }

    @Test
    void thePublicPortDoesNotServeThem() throws Exception {
        HttpResponse<String> health = get(publicPort, "/actuator/health");
        assertThat(health.body()).doesNotContain("\"status\":\"UP\"");
        assertThat(get(publicPort, "/actuator/prometheus").body()).doesNotContain("tellus_jobs");
    }

    private HttpResponse<String> get(int port, String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }
}
