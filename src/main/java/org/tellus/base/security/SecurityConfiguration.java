package org.tellus.base.security;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Views check access with Vaadin's annotations; the services check it again with
 * {@code @PreAuthorize}, which is the rule that counts.
 */
@Configuration
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

    /** Web only: command-line tools (insight-benchmark) start the services without a web server. */
    @Bean
    @ConditionalOnWebApplication
    SecurityFilterChain securityFilterChain(HttpSecurity http, SignInPage signIn) throws Exception {
        // The login view is the account feature's, given as a bean (SignInPage), so base imports no feature.
        // The app's own stylesheet (styles/tellus.css) is public like the pages that use it.
        http.authorizeHttpRequests(auth -> auth.requestMatchers("/images/**", "/icons/**", "/styles/**").permitAll());
        return http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> vaadin.loginView(signIn.view(), "/"))
                .build();
    }

    /** Argon2 would need Bouncy Castle; bcrypt (the delegating default) is modern and salted. */
    @Bean
    PasswordEncoder passwordEncoder() {
        return PasswordEncoderFactories.createDelegatingPasswordEncoder();
    }
}
