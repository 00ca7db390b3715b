package org.tellus.report;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.Properties;

/** The app's English translations, as a view would pass them, for reports written outside a UI. */
final class TestWords implements ReportWords {

    private final Properties properties = new Properties();

    TestWords() {
        try (var in = TestWords.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public String get(String key, Object... params) {
        String pattern = properties.getProperty(key);
        if (pattern == null) {
            throw new IllegalArgumentException("no translation for " + key);
        }
        return new MessageFormat(pattern, locale()).format(params);
    }

    @Override
    public Locale locale() {
        return Locale.UK;
    }
}
