package org.tellus.response.imports;

import java.text.Normalizer;
import java.util.Locale;

/** How cells and headers are compared: case, accents' composition and runs of white space do not matter. */
final class Text {

    private Text() {
    }

    static String normalise(String s) {
        if (s == null) {
            return "";
        }
        String composed = Normalizer.normalize(s, Normalizer.Form.NFC).replace('\u00A0', ' ');
        return composed.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
    }
}
