package org.tellus.e2e;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.setup.MockMvcBuilders;
import org.springframework.web.context.WebApplicationContext;
import org.tellus.SharedSecurityContext;
import org.tellus.TestDatabase;

import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.setup.SecurityMockMvcConfigurers.springSecurity;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.header;

/**
 * The security headers and the session cookie, read from the real server (decision 032); HSTS on HTTPS only, read
 * through MockMvc, which can mark a request secure. The same configuration as the browser tests: one application.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestDatabase.class, SharedSecurityContext.class})
class SecurityHeadersTest {

    @Value("${local.server.port}")
    int port;
    @Autowired
    WebApplicationContext context;

    private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

    @Test
    void everyPageSendsTheSecurityHeadersAndAGuardedSessionCookie() throws Exception {
        HttpResponse<String> page = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(page.statusCode()).isEqualTo(200);
        assertThat(page.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'", "frame-ancestors 'none'", "object-src 'none'", "form-action 'self'");
        assertThat(page.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(page.headers().firstValue("X-Frame-Options")).contains("DENY");
        assertThat(page.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(page.headers().firstValue("Strict-Transport-Security")).as("not over plain HTTP").isEmpty();
        java.util.regex.Matcher asset = java.util.regex.Pattern.compile("VAADIN/build/[^\"']+\\.js").matcher(page.body());
        if (asset.find()) {
            HttpResponse<Void> bundle = http.send(HttpRequest.newBuilder(uri("/" + asset.group())).build(),
                    HttpResponse.BodyHandlers.discarding());
            // The headers are written before Vaadin answers; its bundle still sets its own caching over them
            // (Cache-Control max-age wins over the Expires and Pragma left from Spring Security).
            assertThat(bundle.headers().firstValue("Cache-Control")).get().asString().contains("max-age=").doesNotContain("no-store");
        }
        String cookie = sessionCookieHeader(page).orElseThrow();
        assertThat(cookie).containsIgnoringCase("HttpOnly").containsIgnoringCase("SameSite=Lax");
    }

    @Test
    void overHttpsStrictTransportSecurityIsSent() throws Exception {
        MockMvc mvc = MockMvcBuilders.webAppContextSetup(context).apply(springSecurity()).build();
        mvc.perform(get("/login").secure(true))
                .andExpect(header().string("Strict-Transport-Security", "max-age=31536000 ; includeSubDomains"));
        mvc.perform(get("/login")).andExpect(header().doesNotExist("Strict-Transport-Security"));
    }

    @Test
    void theSessionIdChangesAtSignIn() throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String before = sessionId(loginPage).orElseThrow();
        HttpResponse<String> signedIn = signIn(before, "&_csrf=" + csrfToken(loginPage));
        assertThat(signedIn.statusCode()).isEqualTo(302);
        assertThat(signedIn.headers().firstValue("Location")).get().asString().doesNotContain("error");
        String after = sessionId(signedIn).orElseThrow();
        assertThat(after).isNotEqualTo(before);
    }

    @Test
    void aSignInWithoutThePagesCsrfTokenIsRefused() throws Exception {
        HttpResponse<String> loginPage = http.send(HttpRequest.newBuilder(uri("/login")).build(),
                HttpResponse.BodyHandlers.ofString());
        String session = sessionId(loginPage).orElseThrow();
        // Right password, no token or a made-up one: a forged cross-site sign-in (login CSRF) gets nowhere.
        // Refused before the password is checked: back to the sign-in page (Spring's 403 goes through the error
        // page, which sends a visitor to sign in), no new session id (that comes only with a sign-in), and the
        // session is still nobody's.
        for (String token : List.of("", "&_csrf=forged-" + session)) {
            HttpResponse<String> refused = signIn(session, token);
            assertThat(refused.statusCode()).isIn(302, 401, 403);
            assertThat(refused.headers().firstValue("Location").orElse("/login")).endsWith("/login");
            assertThat(sessionCookieHeader(refused)).as("no signed-in session").isEmpty();
            HttpResponse<String> myData = http.send(HttpRequest.newBuilder(uri("/my-data"))
                    .header("Cookie", "JSESSIONID=" + session).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(myData.body()).doesNotContain("resident@tellus.demo");
        }
    }

    private HttpResponse<String> signIn(String session, String csrf) throws Exception {
        String form = "username=" + URLEncoder.encode("resident@tellus.demo", StandardCharsets.UTF_8)
                + "&password=" + URLEncoder.encode("resident-demo-2026", StandardCharsets.UTF_8) + csrf;
        return http.send(HttpRequest.newBuilder(uri("/login"))
                .header("Content-Type", "application/x-www-form-urlencoded").header("Cookie", "JSESSIONID=" + session)
                .POST(HttpRequest.BodyPublishers.ofString(form)).build(), HttpResponse.BodyHandlers.ofString());
    }

    /** The token Vaadin writes into the page for its login form to post ({@code <meta name="_csrf">}). */
    private static String csrfToken(HttpResponse<String> page) {
        java.util.regex.Matcher meta = java.util.regex.Pattern
                .compile("<meta name=\"_csrf\" content=\"([^\"]+)\"").matcher(page.body());
        assertThat(meta.find()).as("the sign-in page carries the CSRF token").isTrue();
        return URLEncoder.encode(meta.group(1), StandardCharsets.UTF_8);
    }

    private URI uri(String path) {
        return URI.create("http://127.0.0.1:" + port + path);
    }

    private static Optional<String> sessionCookieHeader(HttpResponse<?> response) {
        List<String> cookies = response.headers().allValues("Set-Cookie");
        return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst();
    }

    private static Optional<String> sessionId(HttpResponse<?> response) {
        return sessionCookieHeader(response).map(c -> c.substring("JSESSIONID=".length(), c.indexOf(';')));
    }
}
