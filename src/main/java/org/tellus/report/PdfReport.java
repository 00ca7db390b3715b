package org.tellus.report;

import com.openhtmltopdf.pdfboxout.PdfRendererBuilder;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;

/**
 * Writes a report as a tagged PDF (PDF/UA) through openhtmltopdf. PDF/UA needs every font embedded, so the text is
 * set in Liberation Sans, the font PDFBox ships in its own jar (SIL Open Font Licence, see ATTRIBUTION).
 */
final class PdfReport {

    private static final String FONT = "/org/apache/pdfbox/resources/ttf/LiberationSans-Regular.ttf";

    private PdfReport() {
    }

    static void write(ReportContent report, String dateLine, ReportWords words, OutputStream out) throws IOException {
        HtmlReport html = new HtmlReport();
        ReportOutline.write(report, dateLine, words, html);
        PdfRendererBuilder builder = new PdfRendererBuilder();
        builder.useFastMode();
        builder.usePdfUaAccessbility(true);
        builder.useFont(PdfReport::font, "Liberation Sans");
        builder.withHtmlContent(html.document(ReportText.title(report, words), words.locale().toLanguageTag()), null);
        builder.toStream(out);
        builder.run();
    }

    private static InputStream font() {
        return PdfReport.class.getResourceAsStream(FONT);
    }
}
