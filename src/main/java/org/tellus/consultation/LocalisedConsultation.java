package org.tellus.consultation;

import java.util.List;

/**
 * A consultation as a resident reads it in one language: {@code details} hold its texts in {@code language}, which
 * is the language asked for when the consultation is offered in it, else its own ({@code original}).
 *
 * @param offered the languages a resident may switch among, its own first
 */
public record LocalisedConsultation(ConsultationDetails details, String language, String original,
                                    List<String> offered) {

    /** Whether the language asked for was not available, so the page says it shows the original. */
    public boolean fellBackFrom(String asked) {
        return !language.equals(asked);
    }
}
