package org.tellus.report;

import org.springframework.web.util.HtmlUtils;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The report as XHTML for the PDF renderer: real headings, paragraphs, block quotes and tables with captions and
 * header cells, which openhtmltopdf turns into the PDF's structure tags (PDF/UA).
 */
final class HtmlReport implements ReportSink {

    private static final String STYLE = """
            @page { size: A4; margin: 20mm; }
            body { font-family: 'Liberation Sans'; font-size: 11pt; line-height: 1.4; }
            h1 { font-size: 20pt; } h2 { font-size: 15pt; margin-top: 18pt; } h3 { font-size: 12.5pt; }
            table { border-collapse: collapse; width: 100%; margin: 6pt 0 12pt 0; }
            caption { text-align: left; font-size: 10pt; margin-bottom: 3pt; }
            th, td { border: 0.5pt solid #555; padding: 3pt 5pt; text-align: left; vertical-align: top; }
            blockquote { margin: 6pt 0 6pt 12pt; padding-left: 8pt; border-left: 2pt solid #555; }
            """;

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F]");

    private final StringBuilder body = new StringBuilder();

    @Override
    public void heading(int level, String text) {
        body.append("<h").append(level).append('>').append(escape(text)).append("</h").append(level).append(">\n");
    }

    @Override
    public void paragraph(String text) {
        body.append("<p>").append(escape(text)).append("</p>\n");
    }

    @Override
    public void quote(String text, String source) {
        body.append("<blockquote><p>").append(escape(text)).append("</p><p>").append(escape(source))
                .append("</p></blockquote>\n");
    }

    @Override
    public void table(ReportText.Table table) {
        body.append("<table><caption>").append(escape(table.caption())).append("</caption><thead><tr>");
        table.headings().forEach(h -> body.append("<th scope=\"col\">").append(escape(h)).append("</th>"));
        body.append("</tr></thead><tbody>");
        for (List<String> row : table.rows()) {
            body.append("<tr>");
            for (int i = 0; i < row.size(); i++) {
                String tag = i == 0 ? "th scope=\"row\"" : "td";
                body.append('<').append(tag).append('>').append(escape(row.get(i))).append("</").append(tag.split(" ")[0]).append('>');
            }
            body.append("</tr>");
        }
        body.append("</tbody></table>\n");
    }

    /** The whole document; its title and language become the PDF's metadata, which PDF/UA requires. */
    String document(String title, String language) {
        return "<!DOCTYPE html>\n<html lang=\"" + escape(language) + "\"><head><meta charset=\"UTF-8\"/><title>" + escape(title)
                + "</title><meta name=\"subject\" content=\"" + escape(title) + "\"/><style>" + STYLE + "</style></head><body>\n"
                + body + "</body></html>";
    }

    /**
     * Escaped for XML: only the five markup characters, since the document is UTF-8 and XML knows no HTML entity
     * such as {@code &rsquo;} (a typographic apostrophe would stop the PDF); control characters other than tab and
     * newline are not allowed in XML at all.
     */
    static String escape(String text) {
        return HtmlUtils.htmlEscape(CONTROL.matcher(text).replaceAll(""), "UTF-8");
    }
}
