package org.tellus.response;

import java.time.LocalDate;

/** The officer's filters on a consultation's responses; null means "any". */
public record ResponseFilter(LocalDate from, LocalDate to, Channel channel, String areaId) {

    public static ResponseFilter none() {
        return new ResponseFilter(null, null, null, null);
    }
}
