package org.tellus.review.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Paragraph;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.Language;
import org.tellus.plan.PlanService;
import org.tellus.plan.ThemeSummary;
import org.tellus.response.FreeTextAnswerNotes;
import org.tellus.review.OfficerDecision;
import org.tellus.review.ReviewService;
import org.tellus.tagging.AnswerThemes;
import org.tellus.tagging.TaggingService;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.LongFunction;
import java.util.stream.Collectors;

/**
 * Under each free-text answer of a response an officer opens: the officer's decision on it, which wins over the
 * machine's in every count, and the machine's themes with their confidence and the words behind them.
 */
@org.springframework.stereotype.Component
class TagsAndDecisions implements FreeTextAnswerNotes {

    private final TaggingService tagging;
    private final ReviewService reviews;
    private final PlanService plan;

    TagsAndDecisions(TaggingService tagging, ReviewService reviews, PlanService plan) {
        this.tagging = tagging;
        this.reviews = reviews;
        this.plan = plan;
    }

    @Override
    public LongFunction<List<Component>> forResponse(long responseId) {
        List<AnswerThemes> themes = tagging.themesOfResponse(responseId);
        List<OfficerDecision> decisions = reviews.decisionsOfResponse(responseId);
        Map<String, String> themeNames = plan.themes().stream()
                .collect(Collectors.toMap(ThemeSummary::id, ThemeSummary::name));
        return questionId -> {
            Optional<AnswerThemes> answer = themes.stream().filter(t -> t.questionId() == questionId).findFirst();
            Paragraph decided = new Paragraph();
            decided.setText(decisionOn(decided, answer, decisions, themeNames));
            Paragraph tagged = new Paragraph();
            tagged.setText(themesOf(tagged, answer, themeNames));
            decided.addClassName("tellus-themes");
            tagged.addClassName("tellus-themes");
            return List.of(decided, tagged);
        };
    }

    private static String themesOf(Component in, Optional<AnswerThemes> answer, Map<String, String> themeNames) {
        Optional<String> untrained = answer.map(AnswerThemes::notThemedLanguage).flatMap(Language::ofTag)
                .map(Language::nativeName);
        if (untrained.isPresent()) {
            return in.getTranslation("response.detail.not-themed-language", untrained.get());
        }
        return answer.map(t -> t.tags().isEmpty()
                ? in.getTranslation("response.detail.no-theme")
                : in.getTranslation("response.detail.themes", t.tags().stream().map(tag -> in.getTranslation(
                        "response.detail.theme", themeNames.getOrDefault(tag.themeId(), tag.themeId()),
                        Math.round(tag.confidence() * 100), tag.explanation())).collect(Collectors.joining("; "))))
                .orElse(in.getTranslation("response.detail.not-tagged"));
    }

    private static String decisionOn(Component in, Optional<AnswerThemes> answer, List<OfficerDecision> decisions,
                                     Map<String, String> themeNames) {
        return answer.flatMap(t -> decisions.stream().filter(d -> d.answerId() == t.answerId()).findFirst())
                .map(d -> in.getTranslation("response.detail.officer", d.reviewedBy(),
                        Formats.dateTime(d.reviewedAt(), UI.getCurrent().getLocale()),
                        d.themeIds().isEmpty() ? in.getTranslation("response.detail.officer-none")
                                : d.themeIds().stream().map(id -> themeNames.getOrDefault(id, id))
                                .collect(Collectors.joining(", "))))
                .orElse(in.getTranslation("response.detail.not-reviewed"));
    }
}
