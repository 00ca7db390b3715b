package org.tellus.network;

import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The labels the network views build from values at run time exist in the bundle. */
class NetworkTranslationsTest {

    @Test
    void everyVisibilityAndMembershipStatusHasALabel() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        Stream.of(Visibility.values()).forEach(v -> keys.add("network.visibility." + v));
        Stream.of(MembershipStatus.values()).forEach(s -> keys.add("network.status." + s));
        Stream.of("join", "leave", "withdraw", "accept", "decline-invitation", "request")
                .forEach(k -> keys.add("networks." + k + "-named"));
        Stream.of("approve", "decline").forEach(k -> keys.add("network.page." + k + "-named"));
        assertThat(keys).allSatisfy(k -> assertThat(bundle.getProperty(k)).as(k).isNotBlank());
    }
}
