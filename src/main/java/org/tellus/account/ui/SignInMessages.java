package org.tellus.account.ui;

import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.WrappedSession;
import org.springframework.security.web.WebAttributes;
import org.tellus.account.SignInRefusedException;

import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Optional;

/** What the sign-in page says when the sign-in rules refused the last try, instead of "not recognised". */
final class SignInMessages {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss", Locale.UK)
            .withZone(ZoneId.of("Europe/London"));

    record Refused(String titleKey, String messageKey, String until) {
    }

    private SignInMessages() {
    }

    static Optional<Refused> refusal(VaadinSession session) {
        WrappedSession wrapped = session == null ? null : session.getSession();
        Object last = wrapped == null ? null : wrapped.getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
        return last instanceof SignInRefusedException refused ? Optional.of(of(refused)) : Optional.empty();
    }

    static Refused of(SignInRefusedException refused) {
        String until = TIME.format(refused.until());
        return refused.locked() ? new Refused("login.locked.title", "login.locked.message", until)
                : new Refused("login.slow.title", "login.slow.message", until);
    }
}
