package org.tellus.abuse;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The bot check of a form (decision 032): the browser solves a proof-of-work puzzle by itself, without the person
 * doing anything, and says so in a live status with an accessible name; beside it a honeypot field that people
 * and screen readers never meet. Put it in the form, pass {@link #proof()} to {@link AbuseProtection}, and call
 * {@link #renew()} after each try (a proof is good once).
 */
public class BotCheck extends Div {

    private static final String SOLVER = solver();

    private final AbuseProtection protection;
    private final Span status = new Span();
    private final Element honeypot = new Element("input");
    private BotChallenge challenge;
    private long number = -1;

    public BotCheck(AbuseProtection protection) {
        this.protection = protection;
        addClassName("tellus-bot-check");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", getTranslation("abuse.check.name"));
        status.getElement().setAttribute("role", "status");
        status.getElement().setAttribute("aria-live", "polite");
        add(status);
        Div trap = new Div();
        // Clipped to nothing, out of the tab order and out of the accessibility tree: only a form-filling bot finds
        // it. Not moved far off to one side: in a right-to-left page that made the page thousands of pixels wide.
        trap.getElement().setAttribute("aria-hidden", "true");
        trap.getStyle().set("position", "absolute").set("width", "1px").set("height", "1px").set("overflow", "hidden")
                .set("clip-path", "inset(50%)").set("white-space", "nowrap");
        honeypot.setAttribute("type", "text").setAttribute("name", "website").setAttribute("tabindex", "-1")
                .setAttribute("autocomplete", "off").setAttribute("aria-label", getTranslation("abuse.check.honeypot"));
        honeypot.addPropertyChangeListener("value", "change", e -> { });
        trap.getElement().appendChild(honeypot);
        getElement().appendChild(trap.getElement());
    }

    @Override
    protected void onAttach(AttachEvent attachEvent) {
        if (attachEvent.isInitialAttach()) {
            renew();
        }
    }

    /** A new puzzle, solved in the browser straight away. */
    public void renew() {
        challenge = protection.challenge();
        number = -1;
        status.setText(getTranslation("abuse.check.working"));
        getElement().executeJs(SOLVER, challenge.salt(), challenge.challenge(), challenge.maxNumber())
                .then(Long.class, this::solved, error -> status.setText(getTranslation("abuse.check.failed")));
    }

    /** The browser's answer to the current puzzle (also what a browserless test hands in after solving it). */
    public void solved(long found) {
        number = found;
        status.setText(getTranslation(found >= 0 ? "abuse.check.done" : "abuse.check.failed"));
    }

    public BotChallenge challenge() {
        return challenge;
    }

    public BotProof proof() {
        if (challenge == null) {
            return BotProof.none();
        }
        String trap = honeypot.getProperty("value", "");
        return new BotProof(challenge.salt(), challenge.challenge(), challenge.signature(), number, trap);
    }

    private static String solver() {
        try (InputStream in = BotCheck.class.getResourceAsStream("proof-of-work.js")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
