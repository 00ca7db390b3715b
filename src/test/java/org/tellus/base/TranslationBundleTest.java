package org.tellus.base;

import org.junit.jupiter.api.Test;
import org.tellus.account.AccountService;
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
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI string comes from the translation bundle: no text literal is handed to a component, and every key the
 * code uses exists. Plain unit test: it reads the sources.
 */
class TranslationBundleTest {

    private static final Path SOURCES = Path.of("src/main/java");

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
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
        return properties;
    }
}
