package org.tellus.response;

import org.springframework.stereotype.Component;
import org.tellus.base.TranslatableException;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.EqualityMonitoring;
import org.tellus.consultation.OptionDetails;
import org.tellus.consultation.QuestionDetails;
import org.tellus.plan.PlanService;
import org.tellus.response.InvalidAnswersException.FieldError;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Checks answers against their questions' rules; the same rules for online, assisted and imported responses. */
@Component
class AnswerValidator {

    static final int OTHER_MAX_LENGTH = 1000;

    private final PlanService plan;

    AnswerValidator(PlanService plan) {
        this.plan = plan;
    }

    /** Every broken rule, by question; empty when the response may be stored. */
    Map<Long, FieldError> check(ConsultationDetails consultation, SubmissionRequest request, boolean draft) {
        Set<Long> known = new HashSet<>();
        consultation.questions().forEach(q -> known.add(q.id()));
        for (AnswerInput answer : request.answers()) {
            if (!known.contains(answer.questionId())) {
                throw new TranslatableException("response.unknown-question");
            }
        }
        for (Map.Entry<String, String> e : request.equality().entrySet()) {
            if (!consultation.equalityMonitoring() || !EqualityMonitoring.isValid(e.getKey(), e.getValue())) {
                throw new TranslatableException("response.equality.invalid");
            }
        }
        Map<Long, FieldError> errors = new LinkedHashMap<>();
        for (QuestionDetails question : consultation.questions()) {
            AnswerInput answer = request.answer(question.id());
            FieldError error = answer == null || answer.isEmpty()
                    ? (question.required() && !draft ? new FieldError("response.answer.required") : null)
                    : check(question, answer, draft);
            if (error != null) {
                errors.put(question.id(), error);
            }
        }
        return errors;
    }

    private FieldError check(QuestionDetails q, AnswerInput a, boolean draft) {
        List<Long> chosen = a.optionIds();
        boolean validOptions = chosen.stream().allMatch(id -> q.option(id) != null)
                && new HashSet<>(chosen).size() == chosen.size();
        return switch (q.type()) {
            case FREE_TEXT -> a.text() != null && a.text().strip().length() > q.maxLength()
                    ? new FieldError("response.answer.too-long", q.maxLength()) : null;
            case SINGLE_CHOICE -> chosen.size() != 1 || !validOptions ? new FieldError("response.answer.choose-one") : null;
            case MULTIPLE_CHOICE -> {
                if (!validOptions) {
                    yield new FieldError("response.answer.invalid-option");
                }
                if (a.otherText() != null && !a.otherText().isBlank()) {
                    if (!q.allowOther()) {
                        yield new FieldError("response.answer.invalid-option");
                    }
                    if (a.otherText().strip().length() > OTHER_MAX_LENGTH) {
                        yield new FieldError("response.answer.too-long", OTHER_MAX_LENGTH);
                    }
                }
                yield null;
            }
            case RATING -> a.number() == null || a.number() < q.scaleMin() || a.number() > q.scaleMax()
                    ? new FieldError("response.answer.out-of-range", q.scaleMin(), q.scaleMax()) : null;
            case RANKING -> {
                if (!validOptions) {
                    yield new FieldError("response.answer.invalid-option");
                }
                boolean complete = chosen.size() == q.options().size();
                yield q.required() && !complete && !draft ? new FieldError("response.answer.rank-all",
                        q.options().stream().map(OptionDetails::label).count()) : null;
            }
            case AREA -> plan.isArea(a.text()) ? null : new FieldError("response.answer.invalid-area");
        };
    }
}
