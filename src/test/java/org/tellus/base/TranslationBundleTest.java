package org.tellus.base;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.tellus.account.AccountService;
import org.tellus.base.ui.Language;
import org.tellus.consultation.ConsultationStatus;
import org.tellus.consultation.EqualityMonitoring;
import org.tellus.consultation.QuestionType;
import org.tellus.response.Channel;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI string comes from the translation bundle: no text literal is handed to a component, and every key the
 * code uses exists; every language's bundle has exactly the English keys, with patterns that carry the same
 * placeholders. Plain unit test: it reads the sources.
 */
class TranslationBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");
    private static final Path BUNDLES = Path.of("src/main/resources/vaadin-i18n");
    private static final String DRAFT_MARK = "MACHINE-MADE FIRST DRAFT";

    /** Text given straight to a component, a notification or a column header. */
    private static final Pattern HARD_CODED = Pattern.compile(
            "(new (Button|Span|H[1-6]|Paragraph|RouterLink|Checkbox|TextField|TextArea|EmailField|PasswordField|DatePicker"
                    + "|ComboBox|Select|RadioButtonGroup|CheckboxGroup|IntegerField|NativeLabel|ListItem|Text|Details|Tab"
                    + "|SideNavItem|Upload|ProgressBar)(<[^>]*>)?\\(\\s*\"[^\"]*\\p{L}[^\"]*\""
                    + "|\\.(setText|setLabel|setPlaceholder|setHelperText|setErrorMessage|setHeader|setHeaderTitle|setTitle"
                    + "|setAriaLabel|setEmptySelectionCaption|setConfirmText|setCancelText|setRejectText|show|setTooltipText)"
                    + "\\(\\s*\"[^\"]*\\p{L}[^\"]*\")");

    /** Keys named in code: translations, refusals, field errors and success messages. */
    private static final Pattern KEY_USE = Pattern.compile(
            "(getTranslation|TranslatableException|FieldError|Messages\\.success\\(this,|questionAction)\\(\\s*\"([a-z0-9.-]+)\""
                    + "(,\\s*\"([a-z0-9.-]+)\")?");

    private static final Pattern VALIDATION_KEY = Pattern.compile("message = \"\\{([a-z0-9.-]+)}\"");

    @Test
    void noComponentIsGivenHardCodedText() throws IOException {
        List<String> offenders = new ArrayList<>();
        for (Path file : javaFiles()) {
            List<String> lines = Files.readAllLines(file);
            for (int i = 0; i < lines.size(); i++) {
                if (HARD_CODED.matcher(lines.get(i)).find()) {
                    offenders.add(file + ":" + (i + 1) + ": " + lines.get(i).strip());
                }
            }
        }
        assertThat(offenders).as("UI text must come from vaadin-i18n/translations.properties").isEmpty();
    }

    @Test
    void theDetectorCatchesHardCodedText() {
        assertThat(HARD_CODED.matcher("add(new Button(\"Save\", e -> save()));").find()).isTrue();
        assertThat(HARD_CODED.matcher("grid.addColumn(x).setHeader(\"Name\");").find()).isTrue();
        assertThat(HARD_CODED.matcher("Notification.show(\"Saved\");").find()).isTrue();
        assertThat(HARD_CODED.matcher("new Button(getTranslation(\"action.save\"))").find()).isFalse();
        assertThat(HARD_CODED.matcher("new Anchor(\"\", getTranslation(\"app.name\"))").find()).isFalse();
    }

    @Test
    void everyKeyTheCodeUsesIsTranslated() throws IOException {
        Properties bundle = load("/vaadin-i18n/translations.properties");
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = KEY_USE.matcher(Files.readString(file));
            while (m.find()) {
                checkKey(bundle, m.group(2), file, missing);
                if (m.group(4) != null) {
                    checkKey(bundle, m.group(4), file, missing);
                }
            }
        }
        assertThat(missing).isEmpty();
    }

    @Test
    void everyValueNamedByCodeIsTranslated() {
        Properties bundle = load("/vaadin-i18n/translations.properties");
        List<String> keys = new ArrayList<>();
        Stream.of(ConsultationStatus.values()).forEach(s -> keys.add("status." + s));
        Stream.of(Channel.values()).forEach(c -> keys.add("channel." + c));
        Stream.of(QuestionType.values()).forEach(t -> keys.add("question.type." + t));
        AccountService.ALL_ROLES.forEach(r -> keys.add("role." + r));
        EqualityMonitoring.ITEMS.forEach((item, answers) -> {
            keys.add("equality." + item);
            answers.forEach(a -> keys.add("equality." + item + "." + a));
        });
        assertThat(keys).allSatisfy(k -> assertThat(bundle.getProperty(k)).as(k).isNotBlank());
    }

    @Test
    void everyValidationMessageIsTranslated() throws IOException {
        Properties bundle = load("/ValidationMessages.properties");
        List<String> missing = new ArrayList<>();
        for (Path file : javaFiles()) {
            Matcher m = VALIDATION_KEY.matcher(Files.readString(file));
            while (m.find()) {
                checkKey(bundle, m.group(1), file, missing);
            }
        }
        assertThat(missing).isEmpty();
    }

    static List<Language> translations() {
        return Language.ALL.stream().filter(l -> l != Language.ENGLISH).toList();
    }

    @ParameterizedTest
    @MethodSource("translations")
    void aTranslationHasExactlyTheEnglishKeys(Language language) {
        Set<String> english = load("/vaadin-i18n/translations.properties").stringPropertyNames();
        Set<String> translated = bundle(language).stringPropertyNames();
        Set<String> missing = new TreeSet<>(english);
        missing.removeAll(translated);
        Set<String> extra = new TreeSet<>(translated);
        extra.removeAll(english);
        assertThat(missing).as("keys missing from the %s bundle", language.tag()).isEmpty();
        assertThat(extra).as("keys in the %s bundle that English does not have", language.tag()).isEmpty();
        assertThat(translated).allSatisfy(k -> assertThat(bundle(language).getProperty(k)).as(k).isNotBlank());
    }

    @ParameterizedTest
    @MethodSource("translations")
    void aTranslatedPatternParsesAndKeepsTheEnglishPlaceholders(Language language) {
        Properties english = load("/vaadin-i18n/translations.properties");
        Properties translated = bundle(language);
        List<String> wrong = new ArrayList<>();
        for (String key : translated.stringPropertyNames()) {
            String pattern = translated.getProperty(key);
            try {
                new MessageFormat(pattern, language.locale());
            } catch (IllegalArgumentException e) {
                wrong.add(key + ": does not parse (" + e.getMessage() + ")");
                continue;
            }
            if (english.containsKey(key) && !placeholders(pattern).equals(placeholders(english.getProperty(key)))) {
                wrong.add(key + ": placeholders " + placeholders(pattern) + ", English has "
                        + placeholders(english.getProperty(key)));
            }
            // Whether a text goes through MessageFormat depends on whether the code passes arguments (Vaadin) or
            // not (emails always do), so a plain ' would vanish in one of them: translations write ’.
            if (pattern.indexOf('\'') >= 0) {
                wrong.add(key + ": write the apostrophe as ’, not '");
            }
        }
        assertThat(wrong).isEmpty();
    }

    @Test
    void theCheckerReadsPlaceholdersAsMessageFormatDoes() {
        assertThat(placeholders("{0} i''r {1,number}")).containsExactly(0, 1);
        assertThat(placeholders("'{0}' is quoted")).isEmpty();
        assertThat(placeholders("Tellus: {0,choice,1#1 new|1<{0} new}")).containsExactly(0);
        assertThat(placeholders("{1} of {0}")).containsExactly(0, 1);
    }

    @Test
    void everyBundleIsALanguageTheUiOffers() throws IOException {
        try (Stream<Path> files = Files.list(BUNDLES)) {
            List<String> tags = files.map(p -> p.getFileName().toString())
                    .filter(n -> n.startsWith("translations_") && n.endsWith(".properties"))
                    .map(n -> n.substring("translations_".length(), n.length() - ".properties".length())).toList();
            assertThat(tags).containsExactlyInAnyOrderElementsOf(translations().stream().map(Language::tag).toList());
        }
    }

    @ParameterizedTest
    @MethodSource("translations")
    void aBundleSaysInItsHeaderWhetherItIsAMachineDraft(Language language) throws IOException {
        List<String> header = Files.readAllLines(BUNDLES.resolve("translations_" + language.tag() + ".properties"))
                .stream().takeWhile(line -> line.startsWith("#")).toList();
        assertThat(String.join("\n", header).contains(DRAFT_MARK)).as(language.tag()).isEqualTo(language.draft());
    }

    /** The argument indices a pattern uses at its top level, skipping quoted text as MessageFormat does. */
    static Set<Integer> placeholders(String pattern) {
        Set<Integer> indices = new TreeSet<>();
        boolean quoted = false;
        for (int i = 0; i < pattern.length(); i++) {
            char c = pattern.charAt(i);
            if (c == '\'') {
                if (i + 1 < pattern.length() && pattern.charAt(i + 1) == '\'') {
                    i++;
                } else {
                    quoted = !quoted;
                }
            } else if (c == '{' && !quoted) {
                int end = i + 1;
                while (end < pattern.length() && Character.isDigit(pattern.charAt(end))) {
                    end++;
                }
                if (end > i + 1) {
                    indices.add(Integer.parseInt(pattern.substring(i + 1, end)));
                }
                i = closingBrace(pattern, i);
            }
        }
        return indices;
    }

    private static int closingBrace(String pattern, int open) {
        int depth = 0;
        for (int i = open; i < pattern.length(); i++) {
            if (pattern.charAt(i) == '{') {
                depth++;
            } else if (pattern.charAt(i) == '}' && --depth == 0) {
                return i;
            }
        }
        return pattern.length();
    }

    private static Properties bundle(Language language) {
        return load("/vaadin-i18n/translations_" + language.tag() + ".properties");
    }

    private static void checkKey(Properties bundle, String key, Path file, List<String> missing) {
        if (key.endsWith(".")) {
            return; // a prefix completed at run time: everyValueNamedByCodeIsTranslated covers it
        }
        if (bundle.getProperty(key) == null || bundle.getProperty(key).isBlank()) {
            missing.add(key + " (" + file.getFileName() + ")");
        }
    }

    private static List<Path> javaFiles() throws IOException {
        try (Stream<Path> files = Files.walk(SOURCES)) {
            return files.filter(p -> p.toString().endsWith(".java")).toList();
        }
    }

    private static Properties load(String resource) {
        Properties properties = new Properties();
        try (InputStream in = TranslationBundleTest.class.getResourceAsStream(resource)) {
            assertThat(in).as("the bundle " + resource).isNotNull();
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
