package org.tellus.report;

import java.util.Locale;

/** The translations a report is written with (a view passes its own; files speak the reader's language). */
public interface ReportWords {

    String get(String key, Object... params);

    Locale locale();
}
