package org.tellus.notification;

import org.junit.jupiter.api.Test;
import org.tellus.network.MembershipAction;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/** The notification texts built from values at run time exist in the bundle. */
class NotificationTranslationsTest {

    @Test
    void everyMembershipDecisionHasAMessageWithAndWithoutTheFacilitatorsWords() throws IOException {
        Properties bundle = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/vaadin-i18n/translations.properties")) {
            bundle.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> keys = new ArrayList<>();
        Stream.of(MembershipAction.APPROVED, MembershipAction.DECLINED, MembershipAction.INVITED, MembershipAction.REMOVED)
                .forEach(a -> {
                    keys.add(NotificationListeners.membershipKey(a, false));
                    keys.add(NotificationListeners.membershipKey(a, true));
                });
        Stream.of("reply", "post-hidden", "network-survey", "results-published", "we-did-updated").forEach(k -> keys.add("notification." + k));
        Stream.of("subject", "greeting", "intro", "more", "footer").forEach(k -> keys.add("digest." + k));
        Stream.of("PUBLIC", "NETWORKS").forEach(a -> keys.add("editor.audience." + a));
        assertThat(keys).allSatisfy(k -> assertThat(bundle.getProperty(k)).as(k).isNotBlank());
    }
}
