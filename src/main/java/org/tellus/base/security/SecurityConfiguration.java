package org.tellus.base.security;

import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.annotation.Order;
import org.springframework.boot.security.autoconfigure.actuate.web.servlet.EndpointRequest;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.header.HeaderWriterFilter;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Views check access with Vaadin's annotations; the services check it again with
 * {@code @PreAuthorize}, which is the rule that counts.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /**
     * Everything from this origin only, never framed. Vaadin's client needs inline scripts at start-up, evaluates the
     * server's JavaScript calls with {@code new Function} ('unsafe-eval') and its components set inline styles
     * (Vaadin's documentation, "frequent security issues"); data: and blob: cover its icons and downloads.
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
            + "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:; font-src 'self' data:; "
            + "connect-src 'self'; worker-src 'self' blob:; manifest-src 'self'; object-src 'none'; base-uri 'self'; "
            + "form-action 'self'; frame-ancestors 'none'";

    /**
     * Health and metrics for the operators' tools, without a sign-in. They are served on the management port
     * only ({@code management.server.port}, bound to 127.0.0.1), which the matcher keeps to: on the public port
     * it matches nothing, so there the app's rules below apply.
     */
    @Bean
    @Order(1)
    @ConditionalOnWebApplication
    SecurityFilterChain managementFilterChain(HttpSecurity http) throws Exception {
        return http.securityMatcher(EndpointRequest.toAnyEndpoint())
                .authorizeHttpRequests(auth -> auth.anyRequest().permitAll())
                .csrf(csrf -> csrf.disable())
                .build();
    }

    /** Web only: the insight benchmark (src/bench) starts the services without a web server. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInPage signIn, RequestUtil vaadinRequests)
            throws Exception {
        // The login view is the account feature's, given as a bean (SignInPage), so base imports no feature.
        // The theme's styles and logo are in Vaadin's bundle (VAADIN/**), which Vaadin serves to everyone.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**").permitAll());
        http.headers(headers -> headers
                .contentSecurityPolicy(csp -> csp.policyDirectives(CONTENT_SECURITY_POLICY))
                .frameOptions(frame -> frame.deny())
                .referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.STRICT_ORIGIN_WHEN_CROSS_ORIGIN))
                // Sent on HTTPS requests only (behind a proxy: with server.forward-headers-strategy set).
                .httpStrictTransportSecurity(hsts -> hsts.includeSubDomains(true).maxAgeInSeconds(31_536_000))
                // Written before the request goes on: Vaadin commits its pages past the wrapper that would
                // otherwise add them at commit time, and the pages went out without any of these headers.
                .addObjectPostProcessor(new ObjectPostProcessor<HeaderWriterFilter>() {
                    @Override
                    public <O extends HeaderWriterFilter> O postProcess(O filter) {
                        filter.setShouldWriteHeadersEagerly(true);
                        return filter;
                    }
                }));
        // A new session id at sign-in, so a session id planted before it is worth nothing after (tested).
        http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
        // Sign-in needs Spring's CSRF token too (no login CSRF). Vaadin's configurer exempts the login path, which
        // its configurer cannot be told not to do; the page carries the token anyway (Vaadin writes it into the
        // page's meta tags, and the login form posts it), so the filter's rule is set whole here: Spring's default
        // (every method but GET, HEAD, TRACE, OPTIONS) minus Vaadin's own requests, which carry Vaadin's token.
        http.csrf(csrf -> csrf.addObjectPostProcessor(new ObjectPostProcessor<CsrfFilter>() {
            @Override
            public <O extends CsrfFilter> O postProcess(O filter) {
                filter.setRequireCsrfProtectionMatcher(request -> CsrfFilter.DEFAULT_CSRF_MATCHER.matches(request)
                        && !vaadinRequests.isFrameworkInternalRequest(request));
                return filter;
            }
        }));
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(signIn.view(), "/"))
                .build();
    }

    /** Argon2 would need Bouncy Castle; bcrypt (the delegating default) is modern and salted. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
