package org.tellus.account.ui;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.tellus.base.security.SignInPage;

/** Tells the security configuration (in base) which view signs people in. */
@Configuration
class SignInPageConfiguration {

    @Bean
    SignInPage signInPage() {
        return () -> LoginView.class;
    }
}
