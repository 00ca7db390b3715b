package org.tellus.insight.export;

import org.springframework.context.ApplicationEventPublisher;
import org.tellus.audit.AuditActions;
import org.tellus.audit.Audited;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.base.security.Roles;
import org.tellus.insight.AnswerRow;
import org.tellus.insight.AnswerRows;
import org.tellus.insight.CellCount;
import org.tellus.insight.ClosedAnswers;
import org.tellus.insight.ClosedAnswersByArea;
import org.tellus.insight.EquityLensService;
import org.tellus.insight.GroupComparison;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.InsightService;
import org.tellus.insight.PriorityReach;
import org.tellus.insight.ThemeCounts;
import org.tellus.insight.ThemesByArea;
import org.tellus.plan.AreaSummary;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The officer's exports of insight, streamed to the given output: responses with their answers and themes, the
 * aggregate tables (suppressed as on screen: a hidden cell is written as the words, never its number), and open
 * data (aggregates only: no free text, no references, no equality data; rules in decision 009). Every number
 * comes from the insight services, so the exports cannot show more than the page.
 */
@Service
@Transactional(readOnly = true)
public class InsightExportService {

    private final InsightService insight;
    private final EquityLensService lens;
    private final AnswerRows answers;
    private final ClosedAnswers closed;
    private final ApplicationEventPublisher events;

    InsightExportService(InsightService insight, EquityLensService lens, AnswerRows answers, ClosedAnswers closed,
                         ApplicationEventPublisher events) {
        this.events = events;
        this.insight = insight;
        this.lens = lens;
        this.answers = answers;
        this.closed = closed;
    }

    /** Every answer of the matching responses, one row each, with final themes and the machine's suggestion apart. */
    @PreAuthorize(Roles.IS_OFFICER)
    public void responses(InsightScope scope, InsightFilter filter, ExportFormat format, Labels labels, OutputStream out)
            throws IOException {
        audit("responses", scope, filter, format);
        TableWriter tables = format == ExportFormat.CSV ? new CsvTables(out, null) : new XlsxTables(out);
        tables.table(labels.get("export.responses.sheet"), Stream.of("consultation", "reference", "submitted",
                "channel", "area", "consent", "question", "answer", "other", "final-themes", "machine-themes",
                "machine-confidence").map(k -> labels.get("export.column." + k)).toList());
        try {
            answers.forEach(scope, filter, row -> write(tables, row, labels));
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        tables.finish();
    }

    /** The page's tables, and the equity lens by area and by every equality question. */
    @PreAuthorize(Roles.IS_OFFICER)
    public void aggregates(InsightScope scope, InsightFilter filter, ExportFormat format, Labels labels, OutputStream out)
            throws IOException {
        audit("aggregates", scope, filter, format);
        TableWriter tables = writer(format, labels, out);
        channels(tables, scope, filter, labels, false);
        commonAggregates(tables, scope, filter, labels);
        for (String dimension : EquityLensService.dimensions()) {
            comparison(tables, lens.compare(scope, dimension, filter), labels);
        }
        tables.finish();
    }

    /** Aggregates fit to publish: counts and shares (suppressed), closed answers by area; nothing about anyone. */
    @PreAuthorize(Roles.IS_OFFICER)
    public void openData(InsightScope scope, InsightFilter filter, ExportFormat format, Labels labels, OutputStream out)
            throws IOException {
        audit("open data", scope, filter, format);
        TableWriter tables = writer(format, labels, out);
        channels(tables, scope, filter, labels, true);
        commonAggregates(tables, scope, filter, labels);
        closedAnswers(tables, closed.byArea(scope, filter), labels);
        tables.finish();
    }

    /** Exports are recorded with their scope: what left the app, and for whom. */
    private void audit(String what, InsightScope scope, InsightFilter filter, ExportFormat format) {
        events.publishEvent(new Audited(AuditActions.EXPORTED, what + " (" + format + ")", scope + " " + filter));
    }

    private static TableWriter writer(ExportFormat format, Labels labels, OutputStream out) throws IOException {
        return format == ExportFormat.CSV ? new CsvTables(out, Stream.of("table", "row", "column", "value")
                .map(k -> labels.get("export.tidy." + k)).toList()) : new XlsxTables(out);
    }

    private static void write(TableWriter tables, AnswerRow row, Labels labels) {
        try {
            tables.row(java.util.Arrays.asList(row.consultation(), row.reference(), row.submittedAt().toString(),
                    labels.get("channel." + row.channel()), row.area(), labels.get(row.consentToQuote() ? "common.yes" : "common.no"),
                    row.question(), row.answer(), row.otherText(), row.finalThemes(), row.machineThemes(),
                    row.machineConfidences()));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Volumes are not suppressed for officers (decision 005), but are in open data, which anyone may read. */
    private void channels(TableWriter tables, InsightScope scope, InsightFilter filter, Labels labels, boolean suppress)
            throws IOException {
        tables.table(labels.get("insight.channels.caption"), List.of(labels.get("insight.channel"), labels.get("insight.count")));
        for (var channel : insight.volume(scope, filter).perChannel()) {
            tables.row(List.of(labels.get("channel." + channel.channel()),
                    suppress ? Cells.count(CellCount.of(channel.responses()), labels) : channel.responses()));
        }
    }

    private void commonAggregates(TableWriter tables, InsightScope scope, InsightFilter filter, Labels labels) throws IOException {
        ThemeCounts counts = insight.themeCounts(scope, filter);
        tables.table(labels.get("export.themes.sheet"), List.of(labels.get("insight.theme"), labels.get("insight.count"),
                labels.get("insight.share")));
        tables.row(java.util.Arrays.asList(labels.get("export.themes.base"), Cells.count(counts.taggedResponses(), labels), null));
        for (ThemeCounts.ThemeCount theme : counts.themes()) {
            tables.row(java.util.Arrays.asList(theme.themeName(), Cells.count(theme.responses(), labels), Cells.number(theme.share())));
        }
        tables.table(labels.get("export.priorities.sheet"), List.of(labels.get("insight.priority"),
                labels.get("insight.priority.themes"), labels.get("insight.count")));
        for (PriorityReach p : insight.priorities(scope, filter)) {
            tables.row(List.of(p.priorityName(), String.join("; ", p.themeNames()), Cells.count(p.responses(), labels)));
        }
        ThemesByArea byArea = insight.themesByArea(scope, filter);
        tables.table(labels.get("insight.by-area"), headers(labels.get("insight.theme"), byArea.areas()));
        for (ThemesByArea.Row r : byArea.rows()) {
            List<Object> row = new ArrayList<>(List.of(r.themeName()));
            r.cells().forEach(c -> row.add(Cells.count(c, labels)));
            tables.row(row);
        }
    }

    private static void comparison(TableWriter tables, GroupComparison lens, Labels labels) throws IOException {
        String dimension = GroupComparison.AREA.equals(lens.dimension()) ? labels.get("insight.lens.area")
                : labels.get("equality." + lens.dimension());
        tables.table(labels.get("export.lens.sheet", dimension), Stream.of("theme", "group", "responses", "group-share",
                "others-share", "z", "adjusted-p", "finding").map(k -> labels.get("insight.lens.column." + k)).toList());
        for (GroupComparison.Comparison c : lens.comparisons()) {
            tables.row(java.util.Arrays.asList(c.themeName(), groupName(lens, c.groupCode(), labels),
                    Cells.count(c.responses(), labels), Cells.number(c.groupShare()), Cells.number(c.othersShare()),
                    Cells.number(c.z()), Cells.number(c.adjustedP()), labels.get("insight.lens.finding." + c.finding())));
        }
    }

    static String groupName(GroupComparison lens, String code, Labels labels) {
        return lens.groups().stream().filter(g -> g.code().equals(code)).findFirst()
                .map(g -> g.name() != null ? g.name() : labels.get("equality." + lens.dimension() + "." + code))
                .orElse(code);
    }

    private static void closedAnswers(TableWriter tables, ClosedAnswersByArea byArea, Labels labels) throws IOException {
        List<String> headers = new ArrayList<>(List.of(labels.get("export.closed.answer"),
                labels.get("export.column.consultation")));
        byArea.areas().forEach(a -> headers.add(a.name()));
        tables.table(labels.get("export.closed.sheet"), headers);
        for (ClosedAnswersByArea.Row r : byArea.rows()) {
            List<Object> row = new ArrayList<>(List.of(labels.get("export.closed.row", r.question(), r.answer()), r.consultation()));
            r.cells().forEach(c -> row.add(Cells.count(c, labels)));
            tables.row(row);
        }
    }

    private static List<String> headers(String first, List<AreaSummary> areas) {
        List<String> headers = new ArrayList<>(List.of(first));
        areas.forEach(a -> headers.add(a.name()));
        return headers;
    }
}
