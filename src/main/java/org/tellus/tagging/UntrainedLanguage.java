package org.tellus.tagging;

import opennlp.tools.langdetect.Language;
import opennlp.tools.langdetect.LanguageDetectorME;
import opennlp.tools.langdetect.LanguageDetectorModel;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * Finds answers written in a language the tagger was not trained on (it learnt English only), so they are marked
 * "not themed: language" instead of being given English themes by chance. Uses OpenNLP's language detector model
 * (langdetect-183). It only ever names the UI's other languages (Welsh, Urdu): the languages a council consults
 * in, and the ones residents answer in. Short texts are too little to tell (the model calls "Potholes on
 * Wellington Road" Waray), so a text needs a few words and the language must clearly beat English (decision 030).
 */
@Component
class UntrainedLanguage {

    static final int MIN_WORDS = 4;
    /** The language must be at least this many times as likely as English. */
    static final double MARGIN = 2.0;

    /** ISO 639-3 code (as the model names languages) of each UI language but English, to the UI's tag. */
    private static final Map<String, String> WATCHED = org.tellus.base.ui.Language.ALL.stream()
            .filter(l -> l != org.tellus.base.ui.Language.ENGLISH)
            .collect(Collectors.toMap(l -> l.locale().getISO3Language(), org.tellus.base.ui.Language::tag));

    private LanguageDetectorME detector;

    /** The UI language tag of the text's language, when it is one of those the tagger does not read. */
    synchronized Optional<String> of(String text) {
        if (text == null || text.strip().split("\\s+").length < MIN_WORDS) {
            return Optional.empty();
        }
        Language[] ranked = detector().predictLanguages(text);
        String tag = WATCHED.get(ranked[0].getLang());
        double english = Arrays.stream(ranked).filter(l -> l.getLang().equals("eng"))
                .mapToDouble(Language::getConfidence).findFirst().orElse(0);
        return tag != null && ranked[0].getConfidence() >= MARGIN * english ? Optional.of(tag) : Optional.empty();
    }

    /** Loaded at first use: 10 MB that an app tagging no answer need not read. */
    private LanguageDetectorME detector() {
        if (detector == null) {
            try (InputStream in = UntrainedLanguage.class.getResourceAsStream("/langdetect-183.bin")) {
                if (in == null) {
                    throw new IllegalStateException("langdetect-183.bin is not on the classpath");
                }
                detector = new LanguageDetectorME(new LanguageDetectorModel(in));
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
        return detector;
    }
}
