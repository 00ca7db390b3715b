package org.tellus.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * The language menu in every page's header: each language by its own name (with its {@code lang}, so a screen
 * reader says "Cymraeg" in Welsh), and a draft translation says that it still needs a native speaker's review.
 */
class LanguageSelector extends Select<Language> {

    LanguageSelector(PageLanguage pageLanguage) {
        addClassName("tellus-language");
        setAriaLabel(getTranslation("layout.language"));
        setItems(Language.ALL);
        setItemLabelGenerator(Language::nativeName);
        setRenderer(new ComponentRenderer<>(this::option));
        Language current = PageLanguage.current(UI.getCurrent());
        setValue(current);
        if (current.draft()) {
            setTooltipText(getTranslation("language.draft"));
        }
        addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null && e.getValue() != e.getOldValue()) {
                pageLanguage.choose(UI.getCurrent(), e.getValue());
            }
        });
    }

    private Span option(Language language) {
        Span name = new Span(language.nativeName());
        name.getElement().setAttribute("lang", language.tag());
        if (!language.draft()) {
            return name;
        }
        Span note = new Span(getTranslation("language.draft"));
        note.addClassName("tellus-language-draft");
        return new Span(name, new Span(" - "), note);
    }
}
