package org.tellus.insight.ui;

import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import org.tellus.base.ui.Language;
import org.tellus.consultation.QuestionDetails;
import org.tellus.consultation.QuestionType;
import org.tellus.insight.InsightFilter;
import org.tellus.plan.AreaSummary;
import org.tellus.plan.ThemeSummary;
import org.tellus.response.ResponseFilter;
import org.tellus.response.ui.ResponseFilterBar;

import java.util.List;
import java.util.function.Consumer;

/**
 * Insight's filters: the response list's (dates, channel, area), the theme, and, for one consultation, which
 * free-text question's answers are counted.
 */
class InsightFilterBar extends HorizontalLayout {

    private final ResponseFilterBar responses;
    private final Select<QuestionDetails> question = new Select<>();
    private final ComboBox<ThemeSummary> theme = new ComboBox<>(getTranslation("insight.filter.theme"));
    private final Select<Language> language = new Select<>();

    /** @param questions the consultation's questions, or none across consultations (no question filter then) */
    InsightFilterBar(List<AreaSummary> areas, List<ThemeSummary> themes, List<QuestionDetails> questions,
                     Consumer<InsightFilter> onChange) {
        responses = new ResponseFilterBar(areas, f -> onChange.accept(filter()));
        theme.setItems(themes.stream().filter(t -> !t.retired()).toList());
        theme.setItemLabelGenerator(ThemeSummary::name);
        theme.setClearButtonVisible(true);
        theme.addValueChangeListener(e -> onChange.accept(filter()));
        // The language each response was answered in (decision 035); none chosen is every language.
        language.setLabel(getTranslation("insight.filter.language"));
        language.setItems(Language.ALL);
        language.setItemLabelGenerator(l -> l == null ? getTranslation("insight.filter.every-language") : l.nativeName());
        language.setEmptySelectionAllowed(true);
        language.setEmptySelectionCaption(getTranslation("insight.filter.every-language"));
        language.addValueChangeListener(e -> onChange.accept(filter()));
        add(responses, theme, language);
        List<QuestionDetails> freeText = questions.stream().filter(q -> q.type() == QuestionType.FREE_TEXT).toList();
        if (!freeText.isEmpty()) {
            question.setLabel(getTranslation("insight.filter.question"));
            question.setItems(freeText);
            question.setItemLabelGenerator(q -> q == null ? getTranslation("insight.filter.every-question") : q.prompt());
            question.setEmptySelectionAllowed(true);
            question.setEmptySelectionCaption(getTranslation("insight.filter.every-question"));
            question.addValueChangeListener(e -> onChange.accept(filter()));
            add(question);
        }
        setWrap(true);
        setAlignItems(Alignment.BASELINE);
    }

    InsightFilter filter() {
        ResponseFilter f = responses.filter();
        return new InsightFilter(f.from(), f.to(), f.areaId(), f.channel(),
                theme.getValue() == null ? null : theme.getValue().id(),
                question.getValue() == null ? null : question.getValue().id(),
                language.getValue() == null ? null : language.getValue().tag());
    }
}
