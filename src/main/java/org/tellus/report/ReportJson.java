package org.tellus.report;

import tools.jackson.databind.json.JsonMapper;

/**
 * The report's drafts and snapshots as JSON. A snapshot must read back as it was written for as long as it is
 * kept, so unknown fields from a later version of the model are ignored rather than refused.
 */
final class ReportJson {

    private static final JsonMapper JSON = JsonMapper.builder()
            .disable(tools.jackson.databind.DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private ReportJson() {
    }

    static String write(Object value) {
        return JSON.writeValueAsString(value);
    }

    static <T> T read(String json, Class<T> type) {
        return JSON.readValue(json, type);
    }
}
