package org.tellus.report;

import org.tellus.insight.CellCount;

import java.util.Arrays;
import java.util.List;

/**
 * The order and headings of a report, the same for every output: each output is a {@link ReportSink}, so the
 * page, the PDF and the DOCX cannot differ in what they say (decision 026).
 */
public final class ReportOutline {

    private ReportOutline() {
    }

    /** @param dateLine e.g. "Published on 4 December 2026" or "Preview" */
    public static void write(ReportContent report, String dateLine, ReportWords words, ReportSink sink) {
        sink.heading(1, ReportText.title(report, words));
        sink.paragraph(dateLine);
        paragraphs(report.introduction()).forEach(sink::paragraph);
        if (report.shows(ReportSection.PARTICIPATION)) {
            sink.heading(2, ReportText.section(ReportSection.PARTICIPATION, words));
            sink.paragraph(ReportText.participationSummary(report, words));
            ReportText.participation(report, words).forEach(sink::table);
        }
        if (report.shows(ReportSection.PRIORITIES)) {
            priorities(report, words, sink);
        }
        if (report.shows(ReportSection.THEMES)) {
            sink.heading(2, ReportText.section(ReportSection.THEMES, words));
            sink.table(ReportText.themes(report, words));
        }
        if (report.shows(ReportSection.THEMES_OVER_TIME) && report.timeline() != null) {
            sink.heading(2, ReportText.section(ReportSection.THEMES_OVER_TIME, words));
            sink.table(ReportText.timeline(report.timeline(), words));
        }
        if (report.shows(ReportSection.DIFFERENCES)) {
            sink.heading(2, ReportText.section(ReportSection.DIFFERENCES, words));
            ReportText.differences(report, words).forEach(sink::paragraph);
        }
        if (report.shows(ReportSection.FORUMS) && report.forums() != null) {
            forums(report.forums(), words, sink);
        }
        if (report.shows(ReportSection.METHODS)) {
            sink.heading(2, ReportText.section(ReportSection.METHODS, words));
            ReportText.methods(report, words).forEach(sink::paragraph);
        }
    }

    private static void priorities(ReportContent report, ReportWords words, ReportSink sink) {
        sink.heading(2, ReportText.section(ReportSection.PRIORITIES, words));
        sink.table(ReportText.priorities(report, words));
        // The table lists every priority; a section of its own only where there is something to say.
        for (ReportContent.Priority priority : report.priorities()) {
            if (priority.responses().suppressed() && priority.narrative().isBlank()) {
                continue;
            }
            sink.heading(3, priority.name());
            sink.paragraph(ReportText.priorityFigure(priority, words));
            if (!priority.themes().isEmpty()) {
                sink.paragraph(words.get("report.priority.themes", String.join(", ", priority.themes())));
            }
            paragraphs(priority.narrative()).forEach(sink::paragraph);
            priority.quotes().forEach(q -> sink.quote(q.text(), ReportText.quoteSource(q, words)));
        }
    }

    private static void forums(ReportContent.Forums forums, ReportWords words, ReportSink sink) {
        sink.heading(2, ReportText.section(ReportSection.FORUMS, words));
        sink.paragraph(ReportText.forumsSummary(forums, words));
        if (!forums.themes().isEmpty()) {
            sink.table(ReportText.forumThemes(words.get("report.forums.caption", CellCount.MINIMUM_RESPONDENTS), forums.themes(), words));
        }
        for (ReportContent.ForumNetwork network : forums.networks()) {
            sink.heading(3, network.name());
            sink.paragraph(ReportText.forumNetworkSummary(network, words));
            if (!network.themes().isEmpty()) {
                sink.table(ReportText.forumThemes(words.get("report.forums.network-caption", network.name(),
                        CellCount.MINIMUM_RESPONDENTS), network.themes(), words));
            }
        }
    }

    /** Paragraphs of plain text, split on blank lines. */
    public static List<String> paragraphs(String text) {
        return text == null ? List.of() : Arrays.stream(text.split("\\R\\s*\\R")).map(String::strip).filter(p -> !p.isEmpty()).toList();
    }
}
