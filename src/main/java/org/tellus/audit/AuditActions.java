package org.tellus.audit;

import java.util.List;

/** The actions the trail knows, spelled once: the administrator's page filters by them and names each. */
public final class AuditActions {

    public static final String ROLES_CHANGED = "roles.changed";
    public static final String CONSULTATION_OPENED = "consultation.opened";
    public static final String CONSULTATION_CLOSED = "consultation.closed";
    public static final String RESULTS_PUBLISHED = "consultation.results-published";
    public static final String THEMES_MERGED = "themes.merged";
    public static final String THEME_RETIRED = "theme.retired";
    public static final String MODEL_ACTIVATED = "model.activated";
    public static final String IMPORT_STARTED = "import.started";
    public static final String EXPORTED = "export";
    public static final String MODERATION = "moderation";
    public static final String STAFF_SIGNED_IN = "staff.signed-in";
    /** The council, a plan, a priority, an area or a theme set up or changed by an administrator (decision 033). */
    public static final String SETUP_CHANGED = "setup.changed";
    public static final String TAXONOMY_IMPORTED = "taxonomy.imported";
    public static final String PRIVACY_NOTICE_CHANGED = "privacy.notice-changed";
    public static final String RETENTION_SET = "privacy.retention-set";
    public static final String RETENTION_APPLIED = "privacy.retention-applied";
    public static final String RESPONSE_EXCLUDED = "response.excluded";
    /** An officer picks a resident's free-text answer as a quote for the report, or takes it back. */
    public static final String QUOTE_MARKED = "quote.marked";
    public static final String QUOTE_UNMARKED = "quote.unmarked";

    public static final List<String> ALL = List.of(ROLES_CHANGED, CONSULTATION_OPENED, CONSULTATION_CLOSED,
            RESULTS_PUBLISHED, THEMES_MERGED, THEME_RETIRED, MODEL_ACTIVATED, IMPORT_STARTED, EXPORTED, MODERATION,
            STAFF_SIGNED_IN, SETUP_CHANGED, TAXONOMY_IMPORTED, PRIVACY_NOTICE_CHANGED, RETENTION_SET, RETENTION_APPLIED,
            RESPONSE_EXCLUDED, QUOTE_MARKED, QUOTE_UNMARKED);

    private AuditActions() {
    }
}
