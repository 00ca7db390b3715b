package org.tellus.base.ui;

import com.vaadin.flow.component.Direction;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinResponse;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import jakarta.servlet.http.Cookie;
import org.springframework.stereotype.Component;
import org.tellus.base.security.CurrentUser;

import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * The language of the pages (decision 030). A session starts in the browser's language (Vaadin matches it against
 * {@link TranslationProvider}); a language the person chose wins over it: the one stored on their account when
 * signed in, else the one a cookie remembers for this browser. Every page then gets the language's {@code lang}
 * and writing direction, so Urdu mirrors the whole layout.
 */
@Component
public class PageLanguage implements VaadinServiceInitListener {

    static final String COOKIE = "tellus-language";
    /** The account whose stored language this session already applied, so a page load asks the account once. */
    static final String APPLIED_FOR = PageLanguage.class.getName() + ".appliedFor";

    private final transient List<SignedInLanguage> accounts;

    public PageLanguage(List<SignedInLanguage> accounts) {
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(e -> apply(e.getUI()));
    }

    /** Sets the UI's language from what the person chose, then the page's {@code lang} and direction from it. */
    void apply(UI ui) {
        VaadinSession session = ui.getSession();
        remembered(session).ifPresent(language -> {
            session.setLocale(language.locale());
            ui.setLocale(language.locale());
        });
        markPage(ui);
    }

    /** The person picks a language: remembered for the browser and the account, and the page is shown again in it. */
    public void choose(UI ui, Language language) {
        VaadinResponse response = VaadinResponse.getCurrent();
        if (response != null) {
            response.addCookie(cookie(language));
        }
        accounts.forEach(account -> account.store(language.tag()));
        ui.getSession().setLocale(language.locale());
        ui.setLocale(language.locale());
        // Every text on the page was written in the old language: build the page again.
        ui.getPage().reload();
    }

    /** The language the UI speaks now: one of ours, since the provider offers no other. */
    public static Language current(UI ui) {
        return Language.of(ui.getLocale()).orElse(Language.ENGLISH);
    }

    private static void markPage(UI ui) {
        Language language = current(ui);
        ui.setDirection(language.rightToLeft() ? Direction.RIGHT_TO_LEFT : Direction.LEFT_TO_RIGHT);
        // Screen readers pick their voice from it; Vaadin does not set it by itself.
        ui.getPage().executeJs("document.documentElement.lang = $0", language.tag());
    }

    private Optional<Language> remembered(VaadinSession session) {
        Optional<String> email = CurrentUser.email();
        if (email.isPresent()) {
            if (email.get().equals(session.getAttribute(APPLIED_FOR))) {
                return Optional.empty(); // the session already speaks the account's language, or the one chosen since
            }
            session.setAttribute(APPLIED_FOR, email.get());
            Optional<Language> stored = accounts.stream().map(SignedInLanguage::stored).flatMap(Optional::stream)
                    .findFirst().flatMap(Language::ofTag);
            if (stored.isPresent()) {
                return stored;
            }
        }
        return fromCookie();
    }

    private static Optional<Language> fromCookie() {
        VaadinRequest request = VaadinRequest.getCurrent();
        Cookie[] cookies = request == null ? null : request.getCookies();
        return cookies == null ? Optional.empty() : Arrays.stream(cookies).filter(Objects::nonNull)
                .filter(c -> COOKIE.equals(c.getName())).findFirst().flatMap(c -> Language.ofTag(c.getValue()));
    }

    private static Cookie cookie(Language language) {
        Cookie cookie = new Cookie(COOKIE, language.tag());
        cookie.setPath("/");
        cookie.setMaxAge((int) Duration.ofDays(365).toSeconds());
        cookie.setHttpOnly(true);
        cookie.setSecure(VaadinRequest.getCurrent() != null && VaadinRequest.getCurrent().isSecure());
        return cookie;
    }
}
