package org.tellus.response.imports;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Splits a cell holding several option labels. Labels may themselves contain the separator ("Parks, green
 * spaces"), so the longest known label that fits at each point is taken first; whatever is left between
 * separators is returned as unknown pieces.
 */
final class LabelMatcher {

    /** The labels found, in the order they appear, and the pieces that match no label. */
    record Split(List<Long> optionIds, List<String> unknown) {
    }

    private final List<Map.Entry<String, Long>> longestFirst;
    private final String separators;

    LabelMatcher(Map<Long, String> labels, String separators) {
        Map<String, Long> byText = new LinkedHashMap<>();
        labels.forEach((id, label) -> byText.putIfAbsent(Text.normalise(label), id));
        this.longestFirst = byText.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, Long> e) -> e.getKey().length()).reversed())
                .toList();
        this.separators = separators;
    }

    Long single(String cell) {
        String text = Text.normalise(cell);
        return longestFirst.stream().filter(e -> e.getKey().equals(text)).map(Map.Entry::getValue)
                .findFirst().orElse(null);
    }

    Split split(String cell) {
        String text = Text.normalise(cell);
        List<Long> found = new ArrayList<>();
        List<String> unknown = new ArrayList<>();
        int at = skipSeparators(text, 0);
        while (at < text.length()) {
            Map.Entry<String, Long> match = labelAt(text, at);
            int end;
            if (match != null) {
                found.add(match.getValue());
                end = at + match.getKey().length();
            } else {
                end = nextSeparator(text, at);
                unknown.add(originalPiece(cell, text.substring(at, end).strip()));
            }
            at = skipSeparators(text, end);
        }
        return new Split(found, unknown);
    }

    private Map.Entry<String, Long> labelAt(String text, int at) {
        for (Map.Entry<String, Long> label : longestFirst) {
            String l = label.getKey();
            int end = at + l.length();
            if (!l.isEmpty() && text.startsWith(l, at) && (end == text.length() || isSeparatorAhead(text, end))) {
                return label;
            }
        }
        return null;
    }

    private boolean isSeparatorAhead(String text, int from) {
        int i = from;
        while (i < text.length() && text.charAt(i) == ' ') {
            i++;
        }
        return i == text.length() || separators.indexOf(text.charAt(i)) >= 0;
    }

    private int skipSeparators(String text, int from) {
        int i = from;
        while (i < text.length() && (text.charAt(i) == ' ' || separators.indexOf(text.charAt(i)) >= 0)) {
            i++;
        }
        return i;
    }

    private int nextSeparator(String text, int from) {
        int i = from;
        while (i < text.length() && separators.indexOf(text.charAt(i)) < 0) {
            i++;
        }
        return i;
    }

    /** An unknown piece as the resident wrote it, not lower-cased, where it can be found again. */
    private static String originalPiece(String cell, String normalisedPiece) {
        String original = cell.replaceAll("\\s+", " ");
        int at = original.toLowerCase(java.util.Locale.ROOT).indexOf(normalisedPiece);
        return at < 0 || at + normalisedPiece.length() > original.length() ? normalisedPiece
                : original.substring(at, at + normalisedPiece.length());
    }
}
