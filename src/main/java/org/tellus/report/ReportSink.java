package org.tellus.report;

/** Where {@link ReportOutline} writes a report: the page, the PDF's HTML or the DOCX, each in its own form. */
public interface ReportSink {

    /** Level 1 is the title; sections are 2, priorities 3. */
    void heading(int level, String text);

    void paragraph(String text);

    void quote(String text, String source);

    void table(ReportText.Table table);
}
