package org.tellus.insight.export;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.Cell;
import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.LensFixture;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * What the exports hold, read back with a CSV parser and an .xlsx reader: answers with final and machine themes
 * apart, no cell under 10 anywhere a count is written, nothing personal in open data, no runnable formula.
 */
@IntegrationTest
class InsightExportServiceTest {

    private static LensFixture fixture;
    private static final Labels LABELS = translations();
    private static final String FEWER_THAN_10 = "fewer than 10";

    @Autowired
    InsightExportService exports;

    @Autowired
    ApplicationContext context;

    @BeforeEach
    void consultation() {
        if (fixture == null) {
            fixture = LensFixture.forOneTestClass(context);
        }
    }

    @Test
    void theResponsesCsvHasEveryAnswerWithFinalAndMachineThemesApartAndNoRunnableFormula() throws IOException {
        List<CSVRecord> rows = csv(out -> exports.responses(scope(), InsightFilter.none(), ExportFormat.CSV, LABELS, out));
        CSVRecord header = rows.getFirst();
        assertThat(header.values()).containsSequence("Themes (final)", "Themes the machine suggested", "Machine’s confidence");
        assertThat(header.values()).doesNotContain("Email", "Your age").noneMatch(h -> h.toLowerCase(Locale.ROOT).contains("disab"));
        List<CSVRecord> freeText = rows.stream().filter(r -> r.get(6).equals("What matters most?")).toList();
        assertThat(freeText).hasSize(86);
        CSVRecord bus = freeText.stream().filter(r -> r.get(7).equals("Buses are late")).findFirst().orElseThrow();
        assertThat(bus.get(1)).startsWith("TU-");
        assertThat(bus.get(4)).isEqualTo("Bramhall North");
        assertThat(bus.get(5)).isEqualTo("Yes");
        assertThat(bus.get(9)).isEqualTo("Transport and getting around");
        assertThat(bus.get(10)).isEqualTo("Transport and getting around");
        assertThat(bus.get(11)).isEqualTo("0.900");
        // 86 responses, each with free text, a choice and a rating, and 80 with an area.
        assertThat(rows).hasSize(1 + 86 * 3 + 80);
        assertThat(rows.stream().filter(r -> r.get(6).equals("Happy here?")).map(r -> r.get(7))).containsOnly("Yes");
        // The formula is written as text, with the leading apostrophe spreadsheets read as "this is text".
        assertThat(freeText).anySatisfy(r -> assertThat(r.get(7)).isEqualTo("'" + LensFixture.FORMULA));
        assertThat(rows).noneMatch(r -> java.util.Arrays.stream(r.values())
                .anyMatch(v -> !v.isEmpty() && "=+@".indexOf(v.charAt(0)) >= 0));
    }

    @Test
    void theResponsesWorkbookIsARealXlsxWithTheSameRows() throws IOException {
        Map<String, List<List<Object>>> sheets = xlsx(out -> exports.responses(scope(), InsightFilter.none(), ExportFormat.XLSX, LABELS, out));
        List<List<Object>> rows = sheets.get("Responses");
        assertThat(rows).hasSize(1 + 86 * 3 + 80);
        assertThat(rows).anySatisfy(r -> assertThat(r).contains("Buses are late", "Transport and getting around", "0.900"));
    }

    @Test
    void noAggregateExportWritesACountUnderTenInEitherFormat() throws IOException {
        Map<String, List<List<Object>>> sheets = xlsx(out -> exports.aggregates(scope(), InsightFilter.none(), ExportFormat.XLSX, LABELS, out));
        assertThat(sheets.keySet()).contains("Responses by channel", "Themes", "Plan priorities", "Themes by area",
                "Lens by Area");
        assertCountsAreTenOrMore(sheets);
        // Sheet names are cut to Excel's 31 characters.
        List<List<Object>> lens = sheets.entrySet().stream().filter(e -> e.getKey().startsWith("Lens by Do you consider"))
                .findFirst().orElseThrow().getValue();
        List<Object> disabledTransport = lens.stream().filter(r -> r.get(0).equals("Transport and getting around")
                && r.get(1).equals("Yes")).findFirst().orElseThrow();
        assertThat(disabledTransport.get(2)).isEqualTo(20.0);
        assertThat(disabledTransport.get(7)).isEqualTo("Clearly higher than everyone else");
        assertThat(sheets.values().stream().flatMap(List::stream).flatMap(List::stream)).contains(FEWER_THAN_10);

        List<CSVRecord> tidy = csv(out -> exports.aggregates(scope(), InsightFilter.none(), ExportFormat.CSV, LABELS, out));
        assertThat(tidy.getFirst().values()).containsExactly("Table", "Row", "Column", "Value");
        Set<String> countColumns = Set.of("Responses", "Responses in the group", "Bramhall North", "Bredbury and Woodley");
        assertThat(tidy).filteredOn(r -> countColumns.contains(r.get(2))).isNotEmpty().allSatisfy(r ->
                assertThat(r.get(3).equals(FEWER_THAN_10) || Long.parseLong(r.get(3)) >= 10).as(r.toString()).isTrue());
        assertThat(tidy).anySatisfy(r -> assertThat(r.get(3)).isEqualTo(FEWER_THAN_10));
    }

    @Test
    void openDataHasCountsButNoFreeTextReferencesOrEqualityData() throws IOException {
        Map<String, List<List<Object>>> sheets = xlsx(out -> exports.openData(scope(), InsightFilter.none(), ExportFormat.XLSX, LABELS, out));
        assertThat(sheets.keySet()).contains("Themes", "Closed answers by area").noneMatch(s -> s.startsWith("Lens"));
        assertCountsAreTenOrMore(sheets);
        List<String> everything = new ArrayList<>();
        sheets.forEach((name, rows) -> {
            everything.add(name);
            rows.forEach(r -> r.forEach(c -> everything.add(String.valueOf(c))));
        });
        assertThat(everything).noneMatch(t -> t.contains("Buses are late") || t.contains("Bins") || t.contains("HYPERLINK")
                || t.matches(".*TU-[0-9A-Z]{4}.*") || t.toLowerCase(Locale.ROOT).contains("disab")
                || t.contains("Prefer not"));
        List<List<Object>> closed = sheets.get("Closed answers by area");
        // "Happy here?" Yes: 30 in the north, 50 in Woodley, none in the 20 other areas. The zeros are hidden, and
        // the 30 with them (the total less the 50 would say so); "No" was never chosen, so all of it is hidden.
        List<Object> yes = closed.stream().filter(r -> r.getFirst().equals("Happy here?: Yes")).findFirst().orElseThrow();
        assertThat(yes).contains(50.0, FEWER_THAN_10).doesNotContain(30.0);
        List<Object> no = closed.stream().filter(r -> r.getFirst().equals("Happy here?: No")).findFirst().orElseThrow();
        assertThat(no.subList(2, no.size())).containsOnly(FEWER_THAN_10);

        List<CSVRecord> tidy = csv(out -> exports.openData(scope(), InsightFilter.none(), ExportFormat.CSV, LABELS, out));
        assertThat(tidy).noneMatch(r -> r.toString().contains("Buses are late") || r.toString().contains("TU-"));
    }

    @Test
    void anonymousVisitorsResidentsAndFacilitatorsAreRefusedEveryMethod() {
        assertDenied();
    }

    private void assertDenied() {
        OutputStream sink = new ByteArrayOutputStream();
        InsightFilter none = InsightFilter.none();
        List<AccessRules.Call> calls = List.of(() -> exports.responses(scope(), none, ExportFormat.CSV, LABELS, sink),
                () -> exports.aggregates(scope(), none, ExportFormat.XLSX, LABELS, sink),
                () -> exports.openData(scope(), none, ExportFormat.CSV, LABELS, sink));
        AccessRules.assertRefused(calls, Roles.RESIDENT, Roles.FACILITATOR);
        assertThat(sink.toString()).isEmpty();
    }

    /** Every count column (a header naming responses or an area) holds 10 or more, or the words. */
    private static void assertCountsAreTenOrMore(Map<String, List<List<Object>>> sheets) {
        Set<String> countHeaders = new HashSet<>(List.of("Responses", "Responses in the group", "Bramhall North",
                "Bredbury and Woodley"));
        int checked = 0;
        for (List<List<Object>> rows : sheets.values()) {
            List<Object> header = rows.getFirst();
            for (List<Object> row : rows.subList(1, rows.size())) {
                for (int c = 0; c < row.size(); c++) {
                    if (c < header.size() && countHeaders.contains(String.valueOf(header.get(c))) && row.get(c) != null) {
                        Object v = row.get(c);
                        assertThat(v instanceof Double d ? d >= 10 : FEWER_THAN_10.equals(v)).as(header.get(c) + " " + row).isTrue();
                        checked++;
                    }
                }
            }
        }
        assertThat(checked).isPositive();
    }

    @FunctionalInterface
    private interface Export {
        void to(OutputStream out) throws IOException;
    }

    /** The export's bytes, written as an officer. */
    private static byte[] bytes(Export export) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        SystemTask.runAs(Roles.OFFICER, () -> {
            try {
                export.to(out);
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
            return null;
        });
        return out.toByteArray();
    }

    private static List<CSVRecord> csv(Export export) throws IOException {
        String text = new String(bytes(export), StandardCharsets.UTF_8);
        assertThat(text).startsWith("\uFEFF");
        return CSVFormat.RFC4180.parse(new StringReader(text.substring(1))).getRecords();
    }

    /** Each sheet's rows as strings and numbers (Double), read with fastexcel's reader. */
    private static Map<String, List<List<Object>>> xlsx(Export export) throws IOException {
        Map<String, List<List<Object>>> sheets = new LinkedHashMap<>();
        try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(bytes(export)))) {
            for (Sheet sheet : workbook.getSheets().toList()) {
                List<List<Object>> rows = new ArrayList<>();
                for (Row row : sheet.read()) {
                    List<Object> cells = new ArrayList<>();
                    for (int c = 0; c < row.getCellCount(); c++) {
                        Cell cell = row.getCell(c);
                        cells.add(cell == null || cell.getType() == CellType.EMPTY ? null
                                : cell.getType() == CellType.NUMBER ? (Object) cell.asNumber().doubleValue() : cell.getText());
                    }
                    rows.add(cells);
                }
                sheets.put(sheet.getName(), rows);
            }
        }
        return sheets;
    }

    private static InsightScope scope() {
        return InsightScope.of(fixture.id());
    }

    /** The application's English words, as the view would pass them. */
    private static Labels translations() {
        Properties properties = new Properties();
        try (var in = InsightExportServiceTest.class.getResourceAsStream("/vaadin-i18n/translations.properties")) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return (key, params) -> new MessageFormat(properties.getProperty(key, key), Locale.UK).format(params);
    }
}
