package org.tellus.report;

import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * A "What we heard" report as it reads: the one model the page, the PDF and the DOCX are made from, and what a
 * publication stores (decision 026). Only words and {@link Figure}s, so nothing in it can be recounted later.
 */
public record ReportContent(long consultationId, String title, String introduction, Instant builtAt,
                            Participation participation, List<Priority> priorities, List<Theme> topThemes,
                            List<Difference> differences, Methods methods, Set<ReportSection> hidden) {

    public ReportContent {
        priorities = List.copyOf(priorities);
        topThemes = List.copyOf(topThemes);
        differences = List.copyOf(differences);
        hidden = Set.copyOf(hidden);
    }

    public boolean shows(ReportSection section) {
        return !hidden.contains(section);
    }

    /**
     * Who took part: the total, and by channel, area and month. The insight page shows volumes as plain counts
     * (decision 005), but a report is published, so each breakdown is suppressed under 10 and protected against
     * subtraction from the total (a channel is named by its code, an area by its name).
     */
    public record Participation(long responses, List<Share> byChannel, List<Share> byArea, List<Month> byMonth) {
    }

    public record Share(String name, Figure figure) {
    }

    public record Month(YearMonth month, Figure figure) {
    }

    /** A plan priority: its themes, how many responses bear on it, the officer's narrative and chosen quotes. */
    public record Priority(String priorityId, String name, List<String> themes, Figure responses, String narrative,
                           List<Quote> quotes) {
    }

    /** A quote as published, with the attribution the text must carry where it is public data (or null). */
    public record Quote(long answerId, String text, String attribution) {
    }

    public record Theme(String themeId, String name, Figure responses) {
    }

    /**
     * A difference the equity lens found significant after Holm's adjustment: people in a group mentioned a theme
     * more (or less) than everyone else who answered.
     *
     * @param dimension "area", "network-forum" or an equality-monitoring item
     * @param groupName the group's own name where it has one, else null (its code is translated)
     */
    public record Difference(String dimension, String groupCode, String groupName, String theme, boolean higher,
                             double groupShare, double othersShare, double adjustedP) {
    }

    /**
     * How the answers were themed: the responses read, the share of answers an officer reviewed, the model in
     * use and its measured figures (null where never evaluated), and the suppression threshold.
     */
    public record Methods(Figure taggedResponses, Double reviewedShare, String modelVersion, Double microF1,
                          Double macroF1, Integer evaluatedOn, int minimumRespondents) {
    }
}
