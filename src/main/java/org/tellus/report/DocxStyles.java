package org.tellus.report;

import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFStyle;
import org.apache.poi.xwpf.usermodel.XWPFStyles;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTRPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTStyle;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STStyleType;

import java.math.BigInteger;

/**
 * The paragraph styles a report's .docx uses. A new POI document has no styles at all, so Word's built-in ones are
 * declared here with their standard ids and names ("Heading1" / "heading 1"): Word then treats them as its own.
 */
final class DocxStyles {

    static final String QUOTE = "Quote";
    static final String CAPTION = "Caption";

    private DocxStyles() {
    }

    static String heading(int level) {
        return level == 1 ? "Title" : "Heading" + (level - 1);
    }

    static void addTo(XWPFDocument document) {
        XWPFStyles styles = document.createStyles();
        add(styles, "Title", "Title", null, 40, true, false);
        add(styles, "Heading1", "heading 1", 0, 30, true, false);
        add(styles, "Heading2", "heading 2", 1, 25, true, false);
        add(styles, QUOTE, "Quote", null, 22, false, true);
        add(styles, CAPTION, "caption", null, 20, true, false);
    }

    /** @param outline the outline level (0 for heading 1), or null for a style outside the outline */
    private static void add(XWPFStyles styles, String id, String name, Integer outline, int halfPoints, boolean bold,
                            boolean italic) {
        CTStyle style = CTStyle.Factory.newInstance();
        style.setStyleId(id);
        style.setType(STStyleType.PARAGRAPH);
        style.addNewName().setVal(name);
        style.addNewNext().setVal("Normal");
        style.addNewQFormat();
        if (outline != null) {
            style.addNewPPr().addNewOutlineLvl().setVal(BigInteger.valueOf(outline));
        }
        CTRPr run = style.addNewRPr();
        run.addNewSz().setVal(BigInteger.valueOf(halfPoints));
        if (bold) {
            run.addNewB();
        }
        if (italic) {
            run.addNewI();
        }
        styles.addStyle(new XWPFStyle(style, styles));
    }
}
