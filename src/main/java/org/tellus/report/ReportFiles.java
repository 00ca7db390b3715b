package org.tellus.report;

import java.io.IOException;
import java.io.OutputStream;

/** A report's downloads, and the line under its title, the same for the page and both files. */
public final class ReportFiles {

    private ReportFiles() {
    }

    static void write(ReportContent report, String dateLine, ReportFormat format, ReportWords words, OutputStream out)
            throws IOException {
        switch (format) {
            case PDF -> PdfReport.write(report, dateLine, words, out);
            case DOCX -> DocxReport.write(report, dateLine, words, out);
        }
    }

    public static String publishedLine(PublishedReport published, ReportWords words) {
        return words.get("report.published-on", ReportText.date(published.publishedAt(), words), published.version());
    }

    public static String previewLine(ReportContent report, ReportWords words) {
        return words.get("report.preview-on", ReportText.date(report.builtAt(), words));
    }

    public static String fileName(ReportContent report, ReportFormat format) {
        return "what-we-heard-" + report.consultationId() + "." + format.extension();
    }
}
