package org.tellus;

import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A test against the whole application and a real MariaDB, cleaned once per test run, with a {@link TestClock}
 * and no background workers (decision 021). Every such test shares one cached Spring context: do not add
 * {@code @MockitoBean}, {@code @DirtiesContext} or test properties to one class.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("test")
@Import({TestDatabase.class, TestClock.Config.class, SharedSecurityContext.class})
@ExtendWith(TestClock.Reset.class)
public @interface IntegrationTest {
}
