package org.tellus.insight;

import org.tellus.response.Channel;

import java.time.LocalDate;

/**
 * Filters on insight; null means "any". {@code themeId} keeps responses carrying that theme; {@code questionId}
 * counts only that free-text question's answers (themes, their base and drill-downs; volumes count responses);
 * {@code language} keeps responses answered in that language (a tag such as "cy", decision 035).
 */
public record InsightFilter(LocalDate from, LocalDate to, String areaId, Channel channel, String themeId, Long questionId,
                            String language) {

    public InsightFilter(LocalDate from, LocalDate to, String areaId, Channel channel, String themeId, Long questionId) {
        this(from, to, areaId, channel, themeId, questionId, null);
    }

    /** Every free-text question. */
    public InsightFilter(LocalDate from, LocalDate to, String areaId, Channel channel, String themeId) {
        this(from, to, areaId, channel, themeId, null);
    }

    public static InsightFilter none() {
        return new InsightFilter(null, null, null, null, null, null);
    }

    public InsightFilter withTheme(String theme) {
        return new InsightFilter(from, to, areaId, channel, theme, questionId, language);
    }

    /** These dates where the filter sets none (e.g. a consultation's own, for forum posts that belong to none). */
    public InsightFilter withDatesOrElse(LocalDate defaultFrom, LocalDate defaultTo) {
        return new InsightFilter(from == null ? defaultFrom : from, to == null ? defaultTo : to, areaId, channel,
                themeId, questionId, language);
    }

    public InsightFilter withQuestion(Long question) {
        return new InsightFilter(from, to, areaId, channel, themeId, question, language);
    }

    public InsightFilter withLanguage(String tag) {
        return new InsightFilter(from, to, areaId, channel, themeId, questionId, tag);
    }
}
