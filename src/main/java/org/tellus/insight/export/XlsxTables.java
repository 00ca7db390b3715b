package org.tellus.insight.export;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;

import java.io.IOException;
import java.io.OutputStream;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * A real .xlsx, streamed: fastexcel writes each sheet's rows out as they come (flushed every few hundred rows),
 * and text goes in inline rather than into a shared-strings table that would grow with every answer.
 */
final class XlsxTables implements TableWriter {

    private static final int FLUSH_EVERY = 500;
    private static final int SHEET_NAME_LENGTH = 31;

    private final Workbook workbook;
    private final Set<String> sheetNames = new HashSet<>();
    private Worksheet sheet;
    private int row;

    XlsxTables(OutputStream out) {
        workbook = new Workbook(out, "Tellus", "1.0");
    }

    @Override
    public void table(String name, List<String> headers) throws IOException {
        if (sheet != null) {
            sheet.finish();
        }
        sheet = workbook.newWorksheet(sheetName(name));
        row = 0;
        for (int c = 0; c < headers.size(); c++) {
            sheet.inlineString(row, c, headers.get(c));
            sheet.style(row, c).bold().set();
        }
        row++;
    }

    @Override
    public void row(List<?> cells) throws IOException {
        for (int c = 0; c < cells.size(); c++) {
            Object cell = cells.get(c);
            if (cell instanceof Number n) {
                sheet.value(row, c, n);
            } else if (cell != null) {
                sheet.inlineString(row, c, cell.toString());
            }
        }
        row++;
        if (row % FLUSH_EVERY == 0) {
            sheet.flush();
        }
    }

    @Override
    public void finish() throws IOException {
        workbook.finish();
    }

    /** Excel's rules: at most 31 characters, none of []:*?/\ and unique in the workbook. */
    private String sheetName(String name) {
        String clean = name.replaceAll("[\\[\\]:*?/\\\\]", " ").strip();
        String candidate = clean.length() > SHEET_NAME_LENGTH ? clean.substring(0, SHEET_NAME_LENGTH) : clean;
        for (int n = 2; !sheetNames.add(candidate); n++) {
            String suffix = " " + n;
            candidate = clean.substring(0, Math.min(clean.length(), SHEET_NAME_LENGTH - suffix.length())) + suffix;
        }
        return candidate;
    }
}
