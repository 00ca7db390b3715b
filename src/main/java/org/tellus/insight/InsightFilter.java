package org.tellus.insight;

import org.tellus.response.Channel;

import java.time.LocalDate;

/** Filters on a consultation's insight; null means "any". {@code themeId} keeps responses carrying that theme. */
public record InsightFilter(LocalDate from, LocalDate to, String areaId, Channel channel, String themeId) {

    public static InsightFilter none() {
        return new InsightFilter(null, null, null, null, null);
    }
}
