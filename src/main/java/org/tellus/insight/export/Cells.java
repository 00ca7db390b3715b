package org.tellus.insight.export;

import org.tellus.insight.CellCount;

import java.math.BigDecimal;
import java.util.OptionalDouble;

/** Turns insight values into export cells: a suppressed count becomes the words, never a number. */
final class Cells {

    private Cells() {
    }

    static Object count(CellCount cell, Labels labels) {
        return cell.suppressed() ? fewerThan(labels) : (Object) cell.count().getAsLong();
    }

    static String fewerThan(Labels labels) {
        return labels.get("insight.fewer-than", CellCount.MINIMUM_RESPONDENTS);
    }

    static Object number(OptionalDouble value) {
        return value.isPresent() ? (Object) value.getAsDouble() : null;
    }

    /** Plain digits, no exponent and no grouping, so that every spreadsheet reads it as a number. */
    static String number(Number n) {
        if (n instanceof Double d) {
            return BigDecimal.valueOf(d).round(new java.math.MathContext(6)).stripTrailingZeros().toPlainString();
        }
        return n.toString();
    }
}
