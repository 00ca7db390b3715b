package org.tellus.report;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Set;

/**
 * A "What we heard" report as it reads: the one model the page, the PDF and the DOCX are made from, and what a
 * publication stores (decision 026). Only words and {@link Figure}s, so nothing in it can be recounted later.
 */
public record ReportContent(long consultationId, String title, String introduction, Instant builtAt,
                            Participation participation, List<Priority> priorities, List<Theme> topThemes,
                            List<Difference> differences, Methods methods, Set<ReportSection> hidden,
                            Timeline timeline, Forums forums) {

    /**
     * {@code timeline} and {@code forums} came later (decision 034): a snapshot published before them reads back
     * with them null, and its outputs leave those sections out, as it was published.
     */
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
     * The top themes by week or month of submission. Each theme's periods add up to its count, so each row is
     * suppressed as a line; the tagged responses per period likewise.
     *
     * @param step "WEEK" or "MONTH"
     * @param periods the first day of each period
     */
    public record Timeline(String step, List<LocalDate> periods, List<Figure> tagged, List<TimelineRow> rows) {

        public Timeline {
            periods = List.copyOf(periods);
            tagged = List.copyOf(tagged);
            rows = List.copyOf(rows);
        }
    }

    public record TimelineRow(String theme, List<Figure> responses) {

        public TimelineRow {
            responses = List.copyOf(responses);
        }
    }

    /**
     * What the networks' forums said, in the consultation's dates: people posting in the networks that take part in
     * analysis, the themes most of them wrote about, and the same per network (decision 034). People, not posts.
     */
    public record Forums(Figure people, List<Theme> themes, List<ForumNetwork> networks) {

        public Forums {
            themes = List.copyOf(themes);
            networks = List.copyOf(networks);
        }
    }

    public record ForumNetwork(String name, Figure people, List<Theme> themes) {

        public ForumNetwork {
            themes = List.copyOf(themes);
        }
    }

    /**
     * How the answers were themed: the responses read, the share of answers an officer reviewed, the model in
     * use and its measured figures (null where never evaluated), and the suppression threshold.
     */
    public record Methods(Figure taggedResponses, Double reviewedShare, String modelVersion, Double microF1,
                          Double macroF1, Integer evaluatedOn, int minimumRespondents) {
    }
}
