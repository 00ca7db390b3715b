package org.tellus.response.imports;

import org.junit.jupiter.api.Test;
import org.tellus.base.TranslatableException;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationStatus;
import org.tellus.consultation.Audience;
import org.tellus.consultation.OptionDetails;
import org.tellus.consultation.QuestionDetails;
import org.tellus.consultation.QuestionType;
import org.tellus.plan.AreaSummary;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.SubmissionRequest;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.ResourceBundle;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The file, its columns and its cells, read without a database. */
class CsvReadingTest {

    static final ResourceBundle ENGLISH = ResourceBundle.getBundle("vaadin-i18n.translations", Locale.ROOT,
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES));

    static final QuestionDetails TEXT = question(1, QuestionType.FREE_TEXT, "What matters most to you?", true, false);
    static final QuestionDetails SINGLE = question(2, QuestionType.SINGLE_CHOICE, "How do you travel?", false, false,
            "Bus", "Car", "Walking, cycling");
    static final QuestionDetails MULTI = question(3, QuestionType.MULTIPLE_CHOICE, "What do you use?", false, true,
            "Parks, green spaces", "Libraries", "Parks");
    static final QuestionDetails RATING = question(4, QuestionType.RATING, "How satisfied are you?", false, false);
    static final QuestionDetails RANKING = question(5, QuestionType.RANKING, "Rank these", false, false,
            "Housing", "Jobs, skills", "Transport");
    static final QuestionDetails AREA = question(6, QuestionType.AREA, "Where do you live?", false, false);
    static final ConsultationDetails CONSULTATION = new ConsultationDetails(7, "Test", "Summary",
            ConsultationStatus.OPEN, Audience.PUBLIC, null, null, true, false, null,
            List.of(TEXT, SINGLE, MULTI, RATING, RANKING, AREA));
    static final List<AreaSummary> AREAS = List.of(new AreaSummary("bramhall-north", "Bramhall North"),
            new AreaSummary("heatons-south", "Heatons South"));

    static QuestionDetails question(long id, QuestionType type, String prompt, boolean required, boolean other,
                                    String... options) {
        List<OptionDetails> opts = new java.util.ArrayList<>();
        for (int i = 0; i < options.length; i++) {
            opts.add(new OptionDetails(id * 100 + i, options[i]));
        }
        return new QuestionDetails(id, (int) id, type, prompt, null, required, 2000, other, 1, 5, null, null, opts);
    }

    static byte[] csv(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void readsUtf8WithBomSemicolonsAndMultiLineCells() {
        byte[] body = csv("Name;Comment\n\"Ann\";\"two\nlines; and \"\"quotes\"\"\"\n\nBob;short\n");
        byte[] withBom = new byte[body.length + 3];
        withBom[0] = (byte) 0xEF;
        withBom[1] = (byte) 0xBB;
        withBom[2] = (byte) 0xBF;
        System.arraycopy(body, 0, withBom, 3, body.length);

        CsvTable table = CsvTable.read(withBom);

        assertThat(table.header()).containsExactly("Name", "Comment");
        assertThat(table.rows()).hasSize(2);
        assertThat(table.rows().get(0).cells()).containsExactly("Ann", "two\nlines; and \"quotes\"");
        assertThat(table.rows().get(0).number()).isEqualTo(2);
        assertThat(table.rows().get(1).number()).as("the blank line keeps its row number").isEqualTo(4);
    }

    @Test
    void badFilesAreClearMessagesNotStackTraces() {
        assertThatThrownBy(() -> CsvTable.read(new byte[0])).hasMessage("import.file.empty");
        assertThatThrownBy(() -> CsvTable.read(csv("  \n\n"))).hasMessage("import.file.empty");
        assertThatThrownBy(() -> CsvTable.read(new byte[]{0x50, 0x4B, 0x03, 0x04, 0, 0, 0x14, 0}))
                .isInstanceOf(TranslatableException.class).hasMessage("import.file.not-csv");
        assertThatThrownBy(() -> CsvTable.read("Name,Café\nAnn,crème".getBytes(StandardCharsets.ISO_8859_1)))
                .hasMessage("import.file.encoding");
        assertThatThrownBy(() -> CsvTable.read(csv("Name,Comment\nAnn,\"never closed\n"))).hasMessage("import.file.malformed");
        assertThatThrownBy(() -> CsvTable.read(csv(",,\n1,2,3\n"))).hasMessage("import.file.no-header");
        assertThatThrownBy(() -> CsvTable.read(csv("A\n" + "x\n".repeat(CsvTable.MAX_ROWS + 1))))
                .hasMessage("import.file.too-many-rows");
    }

    @Test
    void multipleChoiceTakesTheLongestLabelsFirstAndKeepsTheRestAsOther() {
        LabelMatcher matcher = new LabelMatcher(Map.of(1L, "Parks, green spaces", 2L, "Libraries", 3L, "Parks"), ";,");

        assertThat(matcher.split("parks, green spaces, Libraries").optionIds()).containsExactly(1L, 2L);
        assertThat(matcher.split("Parks; Libraries").optionIds()).containsExactly(3L, 2L);
        LabelMatcher.Split withOther = matcher.split("Libraries, Swimming Pool");
        assertThat(withOther.optionIds()).containsExactly(2L);
        assertThat(withOther.unknown()).containsExactly("Swimming Pool");
    }

    @Test
    void columnsMatchPromptsPositionsAndKnownNames() {
        List<ColumnMatch> columns = new ColumnMapper(CONSULTATION, ENGLISH).map(List.of("Respondent ID",
                "Start time", "Completion time", "  what MATTERS most to   you? ", "Q2", "Ward", "Consent",
                "Your age", "sex", "Q2"));

        assertThat(columns).extracting(ColumnMatch::kind).containsExactly(ColumnKind.IGNORED, ColumnKind.IGNORED,
                ColumnKind.SUBMITTED, ColumnKind.QUESTION, ColumnKind.QUESTION, ColumnKind.QUESTION,
                ColumnKind.CONSENT, ColumnKind.EQUALITY, ColumnKind.EQUALITY, ColumnKind.DUPLICATE);
        assertThat(columns.get(4).questionId()).isEqualTo(SINGLE.id());
        assertThat(columns.get(5).questionId()).isEqualTo(AREA.id());
        assertThat(columns.get(7).target()).isEqualTo("age-band");
        assertThat(ColumnMapper.missingRequired(CONSULTATION, columns)).isEmpty();
        assertThat(ColumnMapper.missingRequired(CONSULTATION, columns.subList(0, 3))).containsExactly(TEXT);
    }

    @Test
    void submittedTimesInIsoAndDayFirstForms() {
        SubmittedTimes times = new SubmittedTimes(ZoneOffset.UTC);

        assertThat(times.parse("2026-01-31T14:30:00Z")).isEqualTo(Instant.parse("2026-01-31T14:30:00Z"));
        assertThat(times.parse("2026-01-31 14:30:05")).isEqualTo(Instant.parse("2026-01-31T14:30:05Z"));
        assertThat(times.parse("31/01/2026 14:30")).isEqualTo(Instant.parse("2026-01-31T14:30:00Z"));
        assertThat(times.parse("1/2/2026 09:05:10")).isEqualTo(Instant.parse("2026-02-01T09:05:10Z"));
        assertThat(times.parse("31/01/2026")).isEqualTo(Instant.parse("2026-01-31T00:00:00Z"));
        assertThat(times.parse("yesterday")).isNull();
        assertThat(times.parse("31/02/2026 10:00")).isNull();
    }

    @Test
    void aRowBecomesTheResponseItStandsFor() {
        List<String> header = List.of("Timestamp", "What matters most to you?", "How do you travel?",
                "What do you use?", "How satisfied are you?", "Rank these", "Where do you live?", "Consent",
                "Your age", "Channel");
        CsvTable.Row row = new CsvTable.Row(2, List.of("31/01/2026 14:30", "Buses", "walking, cycling",
                "Parks, green spaces; Swimming", "4 - satisfied", "Transport > Jobs, skills > Housing", "heatons south",
                "Yes", "25 to 34", "Paper form"));

        RowReader.ReadRow read = reader(header).read(row);

        assertThat(read.errors()).isEmpty();
        SubmissionRequest request = read.response().request();
        assertThat(read.response().submittedAt()).isEqualTo(Instant.parse("2026-01-31T14:30:00Z"));
        assertThat(request.channel()).isEqualTo(Channel.PAPER);
        assertThat(request.consentToQuote()).isTrue();
        assertThat(request.equality()).containsEntry("age-band", "25-34");
        assertThat(request.answer(1).text()).isEqualTo("Buses");
        assertThat(request.answer(2).optionIds()).containsExactly(202L);
        assertThat(request.answer(3)).isEqualTo(AnswerInput.options(3, List.of(300L), "Swimming"));
        assertThat(request.answer(4).number()).isEqualTo(4);
        assertThat(request.answer(5).optionIds()).containsExactly(502L, 501L, 500L);
        assertThat(request.answer(6).text()).isEqualTo("heatons-south");
        assertThat(request.submissionKey()).isEqualTo("key-2");
    }

    @Test
    void unreadableCellsAreReportedWithTheirRowAndQuestion() {
        List<String> header = List.of("Timestamp", "Q2", "Q4", "Q5", "Q6", "Consent", "Your age");
        CsvTable.Row row = new CsvTable.Row(7, List.of("soon", "Train", "lots", "Housing > Space", "Atlantis",
                "maybe", "ancient"));

        List<RowError> errors = reader(header).read(row).errors();

        assertThat(errors).extracting(RowError::key).containsExactlyInAnyOrder("import.submitted.invalid",
                "import.answer.unknown-option", "import.answer.not-a-number", "import.answer.unknown-option",
                "import.answer.unknown-area", "import.consent.invalid", "import.equality.unknown");
        assertThat(errors).allMatch(e -> e.row() == 7);
        assertThat(errors).filteredOn(e -> e.header().equals("Q2")).first()
                .satisfies(e -> {
                    assertThat(e.prompt()).isEqualTo("How do you travel?");
                    assertThat(e.params()).containsExactly("Train");
                });
    }

    private static RowReader reader(List<String> header) {
        return new RowReader(CONSULTATION, new ColumnMapper(CONSULTATION, ENGLISH).map(header), AREAS,
                new SubmittedTimes(ZoneId.of("UTC")), ENGLISH, "key-");
    }
}
