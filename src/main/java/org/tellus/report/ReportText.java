package org.tellus.report;

import org.tellus.insight.CellCount;

import java.text.NumberFormat;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;

/**
 * The report's sentences and table cells in words, for every output: the page, the PDF and the DOCX call these,
 * so they say the same thing (decision 026). A suppressed {@link Figure} is always "fewer than 10", never a number.
 */
public final class ReportText {

    /** A table: caption, column headings, rows of cells (all text). */
    public record Table(String caption, List<String> headings, List<List<String>> rows) {
    }

    private ReportText() {
    }

    public static String title(ReportContent report, ReportWords words) {
        return words.get("report.title", report.title());
    }

    public static String section(ReportSection section, ReportWords words) {
        return words.get("report.section." + section);
    }

    public static String count(Figure figure, ReportWords words) {
        return figure.suppressed() ? words.get("report.suppressed", CellCount.MINIMUM_RESPONDENTS)
                : NumberFormat.getIntegerInstance(words.locale()).format(figure.respondents());
    }

    public static String share(Figure figure, ReportWords words) {
        return figure.share() == null ? "" : percent(figure.share(), words);
    }

    public static String percent(double share, ReportWords words) {
        NumberFormat format = NumberFormat.getPercentInstance(words.locale());
        format.setMaximumFractionDigits(0);
        return format.format(share);
    }

    public static String date(java.time.Instant instant, ReportWords words) {
        return DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG).withLocale(words.locale())
                .format(instant.atZone(ZoneId.systemDefault()));
    }

    public static String participationSummary(ReportContent report, ReportWords words) {
        return words.get("report.participation.total",
                NumberFormat.getIntegerInstance(words.locale()).format(report.participation().responses()));
    }

    public static List<Table> participation(ReportContent report, ReportWords words) {
        ReportContent.Participation p = report.participation();
        List<Table> tables = new ArrayList<>();
        tables.add(new Table(words.get("report.participation.by-channel", CellCount.MINIMUM_RESPONDENTS), headings(words, "channel", "responses"),
                p.byChannel().stream().map(c -> List.of(words.get("channel." + c.name()), count(c.figure(), words))).toList()));
        tables.add(new Table(words.get("report.participation.by-area", CellCount.MINIMUM_RESPONDENTS), headings(words, "area", "responses"),
                p.byArea().stream().map(a -> List.of(a.name(), count(a.figure(), words))).toList()));
        tables.add(new Table(words.get("report.participation.by-month", CellCount.MINIMUM_RESPONDENTS), headings(words, "month", "responses"),
                p.byMonth().stream().map(m -> List.of(DateTimeFormatter.ofPattern("MMMM yyyy", words.locale()).format(m.month()),
                        count(m.figure(), words))).toList()));
        return tables;
    }

    public static Table priorities(ReportContent report, ReportWords words) {
        return new Table(words.get("report.priorities.caption", CellCount.MINIMUM_RESPONDENTS), headings(words, "priority", "themes", "responses", "share"),
                report.priorities().stream().map(p -> List.of(p.name(), String.join(", ", p.themes()),
                        count(p.responses(), words), share(p.responses(), words))).toList());
    }

    public static String priorityFigure(ReportContent.Priority priority, ReportWords words) {
        return priority.responses().suppressed() ? words.get("report.priority.few", CellCount.MINIMUM_RESPONDENTS)
                : words.get("report.priority.responses", count(priority.responses(), words), share(priority.responses(), words));
    }

    public static String quoteSource(ReportContent.Quote quote, ReportWords words) {
        return quote.attribution() == null || quote.attribution().isBlank() ? words.get("report.quote.resident")
                : quote.attribution();
    }

    public static Table themes(ReportContent report, ReportWords words) {
        return new Table(words.get("report.themes.caption", CellCount.MINIMUM_RESPONDENTS), headings(words, "theme", "responses", "share"),
                report.topThemes().stream().map(t -> List.of(t.name(), count(t.responses(), words), share(t.responses(), words))).toList());
    }

    /** Themes over time: a row per top theme, a column per week or month, and a last row of tagged responses. */
    public static Table timeline(ReportContent.Timeline timeline, ReportWords words) {
        DateTimeFormatter period = "MONTH".equals(timeline.step()) ? DateTimeFormatter.ofPattern("MMM yyyy", words.locale())
                : DateTimeFormatter.ofPattern("d MMM yyyy", words.locale());
        List<String> headings = new ArrayList<>(List.of(words.get("report.column.theme")));
        timeline.periods().forEach(p -> headings.add(period.format(p)));
        List<List<String>> rows = new ArrayList<>();
        timeline.rows().forEach(r -> rows.add(withName(r.theme(), r.responses(), words)));
        rows.add(withName(words.get("report.timeline.tagged"), timeline.tagged(), words));
        return new Table(words.get("report.timeline.caption." + timeline.step(), CellCount.MINIMUM_RESPONDENTS), headings, rows);
    }

    private static List<String> withName(String name, List<Figure> figures, ReportWords words) {
        List<String> row = new ArrayList<>(List.of(name));
        figures.forEach(f -> row.add(count(f, words)));
        return row;
    }

    public static String forumsSummary(ReportContent.Forums forums, ReportWords words) {
        return forums.people().suppressed() ? words.get("report.forums.few", CellCount.MINIMUM_RESPONDENTS)
                : words.get("report.forums.people", count(forums.people(), words), forums.networks().size());
    }

    public static String forumNetworkSummary(ReportContent.ForumNetwork network, ReportWords words) {
        return network.people().suppressed() ? words.get("report.forums.network-few", CellCount.MINIMUM_RESPONDENTS)
                : words.get("report.forums.network-people", count(network.people(), words));
    }

    public static Table forumThemes(String caption, List<ReportContent.Theme> themes, ReportWords words) {
        return new Table(caption, headings(words, "theme", "people", "share"),
                themes.stream().map(t -> List.of(t.name(), count(t.responses(), words), share(t.responses(), words))).toList());
    }

    public static List<String> differences(ReportContent report, ReportWords words) {
        if (report.differences().isEmpty()) {
            return List.of(words.get("report.differences.none"));
        }
        return report.differences().stream().map(d -> words.get(d.higher() ? "report.difference.higher" : "report.difference.lower",
                dimension(d.dimension(), words), group(d, words), d.theme(), percent(d.groupShare(), words),
                percent(d.othersShare(), words))).toList();
    }

    public static List<String> methods(ReportContent report, ReportWords words) {
        ReportContent.Methods m = report.methods();
        List<String> lines = new ArrayList<>();
        lines.add(words.get("report.methods.themed", m.modelVersion() == null ? "-" : m.modelVersion(),
                count(m.taggedResponses(), words)));
        lines.add(m.reviewedShare() == null ? words.get("report.methods.none-reviewed")
                : words.get("report.methods.reviewed", percent(m.reviewedShare(), words)));
        lines.add(m.microF1() == null ? words.get("report.methods.not-evaluated")
                : words.get("report.methods.figures", decimal(m.microF1(), words), decimal(m.macroF1(), words), m.evaluatedOn()));
        lines.add(words.get("report.methods.suppression", m.minimumRespondents()));
        return lines;
    }

    private static String dimension(String code, ReportWords words) {
        return "area".equals(code) || "network-forum".equals(code) ? words.get("insight.lens." + code) : words.get("equality." + code);
    }

    private static String group(ReportContent.Difference d, ReportWords words) {
        return d.groupName() != null ? d.groupName() : words.get("equality." + d.dimension() + "." + d.groupCode());
    }

    private static String decimal(Double value, ReportWords words) {
        if (value == null) {
            return "-";
        }
        NumberFormat format = NumberFormat.getNumberInstance(words.locale());
        format.setMaximumFractionDigits(2);
        format.setMinimumFractionDigits(2);
        return format.format(value);
    }

    private static List<String> headings(ReportWords words, String... columns) {
        return java.util.Arrays.stream(columns).map(c -> words.get("report.column." + c)).toList();
    }
}
