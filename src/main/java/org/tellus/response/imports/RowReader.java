package org.tellus.response.imports;

import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.EqualityMonitoring;
import org.tellus.consultation.OptionDetails;
import org.tellus.consultation.QuestionDetails;
import org.tellus.plan.AreaSummary;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.ImportedResponse;
import org.tellus.response.SubmissionRequest;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns one row of the file into the response it stands for, with a problem for every cell it cannot read.
 * The question rules themselves (required, ranges, lengths) stay with the responses feature's validator.
 */
final class RowReader {

    /** A row read: the response to store, and the problems that keep it from being stored. */
    record ReadRow(int number, ImportedResponse response, List<RowError> errors) {
    }

    private static final Pattern LEADING_NUMBER = Pattern.compile("^\\s*(-?\\d+)\\b.*", Pattern.DOTALL);
    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "agree", "i agree");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "disagree", "i do not agree");

    private final ConsultationDetails consultation;
    private final List<ColumnMatch> columns;
    private final SubmittedTimes times;
    private final String keyPrefix;
    private final Map<Long, LabelMatcher> choices = new HashMap<>();
    private final Map<Long, LabelMatcher> rankings = new HashMap<>();
    private final Map<String, String> areaIds = new HashMap<>();
    private final Map<String, Map<String, String>> equalityAnswers = new HashMap<>();
    private final Map<String, Channel> channels = new HashMap<>();

    RowReader(ConsultationDetails consultation, List<ColumnMatch> columns, List<AreaSummary> areas,
              SubmittedTimes times, ResourceBundle english, String keyPrefix) {
        this.consultation = consultation;
        this.columns = columns;
        this.times = times;
        this.keyPrefix = keyPrefix;
        for (QuestionDetails q : consultation.questions()) {
            Map<Long, String> labels = new LinkedHashMap<>();
            q.options().forEach(o -> labels.put(o.id(), o.label()));
            choices.put(q.id(), new LabelMatcher(labels, ";,"));
            rankings.put(q.id(), new LabelMatcher(labels, ";>"));
        }
        for (AreaSummary area : areas) {
            areaIds.put(Text.normalise(area.id()), area.id());
            areaIds.put(Text.normalise(area.name()), area.id());
        }
        EqualityMonitoring.ITEMS.forEach((item, answers) -> {
            Map<String, String> byWording = new HashMap<>();
            for (String answer : answers) {
                byWording.put(Text.normalise(answer), answer);
                String key = "equality." + item + "." + answer;
                if (english.containsKey(key)) {
                    byWording.put(Text.normalise(english.getString(key)), answer);
                }
            }
            equalityAnswers.put(item, byWording);
        });
        for (Channel channel : Channel.values()) {
            Channel stored = channel.isAssisted() ? channel : Channel.IMPORT;
            channels.put(Text.normalise(channel.name()), stored);
            if (english.containsKey("channel." + channel.name())) {
                channels.put(Text.normalise(english.getString("channel." + channel.name())), stored);
            }
        }
    }

    ReadRow read(CsvTable.Row row) {
        List<RowError> errors = new ArrayList<>();
        List<AnswerInput> answers = new ArrayList<>();
        Map<String, String> equality = new HashMap<>();
        Instant submittedAt = null;
        Channel channel = Channel.IMPORT;
        boolean consent = false;
        for (ColumnMatch column : columns) {
            String cell = row.cell(column.column());
            if (cell.isBlank()) {
                continue;
            }
            String normalised = Text.normalise(cell);
            switch (column.kind()) {
                case QUESTION -> {
                    QuestionDetails question = consultation.question(column.questionId());
                    AnswerInput answer = answer(question, cell, row.number(), column.header(), errors);
                    if (answer != null) {
                        answers.add(answer);
                    }
                }
                case SUBMITTED -> {
                    submittedAt = times.parse(cell);
                    if (submittedAt == null) {
                        errors.add(error(row, column, "import.submitted.invalid", cell));
                    }
                }
                case CHANNEL -> {
                    channel = channels.getOrDefault(normalised, null);
                    if (channel == null) {
                        errors.add(error(row, column, "import.channel.unknown", cell));
                        channel = Channel.IMPORT;
                    }
                }
                case CONSENT -> {
                    consent = YES.contains(normalised);
                    if (!consent && !NO.contains(normalised)) {
                        errors.add(error(row, column, "import.consent.invalid", cell));
                    }
                }
                case EQUALITY -> {
                    String code = equalityAnswers.get(column.target()).get(normalised);
                    if (code == null) {
                        errors.add(error(row, column, "import.equality.unknown", cell));
                    } else {
                        equality.put(column.target(), code);
                    }
                }
                case DUPLICATE, IGNORED -> {
                    // read from the first column of its kind only, or not at all
                }
            }
        }
        SubmissionRequest request = new SubmissionRequest(consultation.id(), keyPrefix + row.number(), answers,
                equality, consent, channel);
        return new ReadRow(row.number(), new ImportedResponse(request, submittedAt, null), errors);
    }

    private AnswerInput answer(QuestionDetails q, String cell, int row, String header, List<RowError> errors) {
        long id = q.id();
        switch (q.type()) {
            case FREE_TEXT -> {
                return AnswerInput.text(id, cell.strip());
            }
            case SINGLE_CHOICE -> {
                Long option = choices.get(id).single(cell);
                if (option == null) {
                    errors.add(new RowError(row, header, q.prompt(), "import.answer.unknown-option", List.of(cell.strip())));
                    return null;
                }
                return AnswerInput.options(id, List.of(option), null);
            }
            case MULTIPLE_CHOICE -> {
                LabelMatcher.Split split = choices.get(id).split(cell);
                String other = split.unknown().isEmpty() ? null : String.join(", ", split.unknown());
                if (other != null && !q.allowOther()) {
                    errors.add(new RowError(row, header, q.prompt(), "import.answer.unknown-option", List.of(other)));
                    return null;
                }
                return AnswerInput.options(id, split.optionIds(), other);
            }
            case RANKING -> {
                LabelMatcher.Split split = rankings.get(id).split(cell);
                if (!split.unknown().isEmpty()) {
                    errors.add(new RowError(row, header, q.prompt(), "import.answer.unknown-option",
                            List.of(String.join("; ", split.unknown()))));
                    return null;
                }
                return AnswerInput.options(id, split.optionIds(), null);
            }
            case RATING -> {
                Matcher number = LEADING_NUMBER.matcher(cell);
                if (!number.matches() || number.group(1).length() > 9) {
                    errors.add(new RowError(row, header, q.prompt(), "import.answer.not-a-number", List.of(cell.strip())));
                    return null;
                }
                return AnswerInput.number(id, Integer.parseInt(number.group(1)));
            }
            case AREA -> {
                String area = areaIds.get(Text.normalise(cell));
                if (area == null) {
                    errors.add(new RowError(row, header, q.prompt(), "import.answer.unknown-area", List.of(cell.strip())));
                    return null;
                }
                return AnswerInput.text(id, area);
            }
        }
        return null;
    }

    /** The row as an officer would read it back, one text per question. */
    SampleRow sample(ReadRow row, Map<String, String> areaNames) {
        SubmissionRequest request = row.response().request();
        List<String> answers = consultation.questions().stream().map(q -> {
            AnswerInput a = request.answer(q.id());
            if (a == null) {
                return "";
            }
            return switch (q.type()) {
                case FREE_TEXT -> a.text();
                case AREA -> areaNames.getOrDefault(a.text(), a.text());
                case RATING -> String.valueOf(a.number());
                case SINGLE_CHOICE, MULTIPLE_CHOICE, RANKING -> {
                    List<String> labels = new ArrayList<>(a.optionIds().stream().map(q::option)
                            .map(OptionDetails::label).toList());
                    if (a.otherText() != null) {
                        labels.add(a.otherText());
                    }
                    yield String.join(q.type() == org.tellus.consultation.QuestionType.RANKING ? " > " : "; ", labels);
                }
            };
        }).toList();
        return new SampleRow(row.number(), row.response().submittedAt(), request.channel(), request.consentToQuote(), answers);
    }

    private static RowError error(CsvTable.Row row, ColumnMatch column, String key, String cell) {
        return new RowError(row.number(), column.header(), null, key, List.of(cell.strip()));
    }
}
