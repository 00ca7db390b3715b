package org.tellus;

import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.security.core.context.SecurityContextHolderStrategy;

/**
 * One holder of the signed-in user for every Spring context of a test run. Vaadin's auto-configuration makes one
 * holder per context and points the JVM-wide {@code SecurityContextHolder} at the newest, while each context's
 * method security keeps its own (vaadin/flow#25507, fixed in Vaadin 25.2.8): once the browser tests' context had
 * started, {@code @WithMockUser} and {@code SystemTask} in the other context wrote where its {@code @PreAuthorize}
 * no longer looked, and every test after it was denied. Sharing one instance keeps them in step in any order.
 */
@TestConfiguration(proxyBeanMethods = false)
public class SharedSecurityContext {

    private static final SecurityContextHolderStrategy ONE_FOR_ALL_CONTEXTS = new VaadinAwareSecurityContextHolderStrategy();

    @Bean
    SecurityContextHolderStrategy securityContextHolderStrategy() {
        return ONE_FOR_ALL_CONTEXTS;
    }
}
