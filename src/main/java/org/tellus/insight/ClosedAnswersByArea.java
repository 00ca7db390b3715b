package org.tellus.insight;

import org.tellus.plan.AreaSummary;

import java.util.List;

/**
 * How many responses gave each answer of each closed question (an option chosen, an option ranked first, a
 * rating), by area. Every option is listed, chosen or not; each row is protected like themes by area.
 */
public record ClosedAnswersByArea(List<AreaSummary> areas, List<Row> rows) {

    /** @param answer an option's label, or a rating's number */
    public record Row(String consultation, String question, String answer, List<CellCount> cells) {
    }
}
