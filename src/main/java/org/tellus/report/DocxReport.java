package org.tellus.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;

import java.io.IOException;
import java.io.OutputStream;
import java.util.List;

/**
 * Writes a report as a .docx with Word's own heading styles ("heading 1" to "heading 3", so the navigation pane
 * and a screen reader see the structure), captions, quotes, and real tables whose first row repeats as a header.
 */
final class DocxReport implements ReportSink {

    private final XWPFDocument document = new XWPFDocument();

    private DocxReport(String title) {
        DocxStyles.addTo(document);
        document.getProperties().getCoreProperties().setTitle(title);
    }

    static void write(ReportContent report, String dateLine, ReportWords words, OutputStream out) throws IOException {
        DocxReport docx = new DocxReport(ReportText.title(report, words));
        ReportOutline.write(report, dateLine, words, docx);
        try (XWPFDocument document = docx.document) {
            document.write(out);
        }
    }

    @Override
    public void heading(int level, String text) {
        styled(DocxStyles.heading(level), text);
    }

    @Override
    public void paragraph(String text) {
        styled(null, text);
    }

    @Override
    public void quote(String text, String source) {
        styled(DocxStyles.QUOTE, text);
        styled(DocxStyles.QUOTE, "- " + source);
    }

    @Override
    public void table(ReportText.Table table) {
        styled(DocxStyles.CAPTION, table.caption());
        XWPFTable out = document.createTable(table.rows().size() + 1, table.headings().size());
        out.setWidth("100%");
        fill(out.getRow(0), table.headings());
        out.getRow(0).setRepeatHeader(true);
        for (int r = 0; r < table.rows().size(); r++) {
            fill(out.getRow(r + 1), table.rows().get(r));
        }
    }

    private static void fill(XWPFTableRow row, List<String> cells) {
        for (int c = 0; c < cells.size(); c++) {
            row.getCell(c).setText(cells.get(c));
        }
    }

    private void styled(String style, String text) {
        XWPFParagraph paragraph = document.createParagraph();
        if (style != null) {
            paragraph.setStyle(style);
        }
        paragraph.createRun().setText(text);
    }
}
