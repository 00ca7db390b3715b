package org.tellus.response.imports;

import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.EqualityMonitoring;
import org.tellus.consultation.QuestionDetails;
import org.tellus.consultation.QuestionType;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Matches a file's header row to a consultation: each question by its prompt or by "Q1", "Q2"..., the
 * submitted time, channel and consent by the names survey tools give them, and equality items by code or by
 * their English wording.
 */
final class ColumnMapper {

    /** Best first: a completion time says when the answers were given better than a start time does. */
    private static final List<String> SUBMITTED_NAMES = List.of("submitted", "submitted at", "submission time",
            "completion time", "completed", "timestamp", "date submitted", "end date", "end time", "start time",
            "start date", "date");
    private static final Set<String> CHANNEL_NAMES = Set.of("channel", "source", "how received");
    private static final Set<String> CONSENT_NAMES = Set.of("consent", "consent to quote", "may we quote you",
            "can we quote you", "may be quoted");
    private static final Set<String> AREA_NAMES = Set.of("area", "ward", "neighbourhood", "area id");
    private static final Pattern BY_POSITION = Pattern.compile("q\\s?(\\d{1,3})[.:)]?");

    private final ConsultationDetails consultation;
    private final Map<String, String> equalityByWording = new HashMap<>();

    ColumnMapper(ConsultationDetails consultation, ResourceBundle englishWording) {
        this.consultation = consultation;
        if (consultation.equalityMonitoring()) {
            for (String item : EqualityMonitoring.ITEMS.keySet()) {
                equalityByWording.put(Text.normalise(item), item);
                if (englishWording.containsKey("equality." + item)) {
                    equalityByWording.put(Text.normalise(englishWording.getString("equality." + item)), item);
                }
            }
        }
    }

    List<ColumnMatch> map(List<String> header) {
        List<ColumnMatch> matches = new ArrayList<>();
        Set<String> taken = new HashSet<>();
        int submittedColumn = bestSubmittedColumn(header);
        for (int column = 0; column < header.size(); column++) {
            String name = header.get(column);
            ColumnMatch match = column == submittedColumn
                    ? new ColumnMatch(column, name, ColumnKind.SUBMITTED, null, null)
                    : match(column, name);
            String identity = match.kind() + ":" + match.questionId() + ":" + match.target();
            if (match.kind() != ColumnKind.IGNORED && !taken.add(identity)) {
                match = new ColumnMatch(column, name, ColumnKind.DUPLICATE, match.questionId(), match.target());
            }
            matches.add(match);
        }
        return matches;
    }

    /** Required questions with no column: their answers cannot come from this file. */
    static List<QuestionDetails> missingRequired(ConsultationDetails consultation, List<ColumnMatch> columns) {
        Set<Long> mapped = new HashSet<>();
        columns.stream().filter(c -> c.kind() == ColumnKind.QUESTION).forEach(c -> mapped.add(c.questionId()));
        return consultation.questions().stream().filter(q -> q.required() && !mapped.contains(q.id())).toList();
    }

    private int bestSubmittedColumn(List<String> header) {
        for (String name : SUBMITTED_NAMES) {
            for (int column = 0; column < header.size(); column++) {
                if (Text.normalise(header.get(column)).equals(name) && question(header.get(column)) == null) {
                    return column;
                }
            }
        }
        return -1;
    }

    private ColumnMatch match(int column, String name) {
        String text = Text.normalise(name);
        QuestionDetails question = question(name);
        if (question != null) {
            return new ColumnMatch(column, name, ColumnKind.QUESTION, question.id(), question.prompt());
        }
        if (CHANNEL_NAMES.contains(text)) {
            return new ColumnMatch(column, name, ColumnKind.CHANNEL, null, null);
        }
        if (CONSENT_NAMES.contains(text)) {
            return new ColumnMatch(column, name, ColumnKind.CONSENT, null, null);
        }
        if (equalityByWording.containsKey(text)) {
            return new ColumnMatch(column, name, ColumnKind.EQUALITY, null, equalityByWording.get(text));
        }
        return new ColumnMatch(column, name, ColumnKind.IGNORED, null, null);
    }

    private QuestionDetails question(String name) {
        String text = Text.normalise(name).replaceAll("[*:]+$", "").strip();
        List<QuestionDetails> questions = consultation.questions();
        for (QuestionDetails q : questions) {
            if (Text.normalise(q.prompt()).equals(text)) {
                return q;
            }
        }
        Matcher position = BY_POSITION.matcher(text);
        if (position.matches()) {
            int index = Integer.parseInt(position.group(1)) - 1;
            return index >= 0 && index < questions.size() ? questions.get(index) : null;
        }
        if (AREA_NAMES.contains(text)) {
            return questions.stream().filter(q -> q.type() == QuestionType.AREA).findFirst().orElse(null);
        }
        return null;
    }
}
