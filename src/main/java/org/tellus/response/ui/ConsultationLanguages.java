package org.tellus.response.ui;

import com.vaadin.flow.component.Text;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import org.tellus.base.ui.Language;
import org.tellus.consultation.LocalisedConsultation;

/**
 * Which language a consultation is shown in: a short note when it is not in the one asked for, and links to the
 * other languages it is offered in, each named in itself (decision 035).
 */
class ConsultationLanguages extends Div {

    ConsultationLanguages(LocalisedConsultation consultation, String asked) {
        if (consultation.fellBackFrom(asked)) {
            Paragraph note = new Paragraph(getTranslation("consultation.language.not-offered",
                    name(asked), name(consultation.language())));
            note.getElement().setAttribute("role", "note");
            add(note);
        }
        if (consultation.offered().size() > 1) {
            Div links = new Div();
            links.getElement().setAttribute("role", "navigation");
            links.getElement().setAttribute("aria-label", getTranslation("consultation.language.switch"));
            links.add(new Paragraph(getTranslation("consultation.language.switch")));
            for (String tag : consultation.offered()) {
                if (!tag.equals(consultation.language())) {
                    Anchor link = new Anchor("consultations/" + consultation.details().id() + "?"
                            + ConsultationPageView.LANGUAGE + "=" + tag, name(tag));
                    link.getElement().setAttribute("hreflang", tag);
                    link.getElement().setAttribute("lang", tag);
                    link.addClassName("tellus-underlined");
                    links.add(link, new Text(" "));
                }
            }
            add(links);
        }
    }

    private static String name(String tag) {
        return Language.ofTag(tag).map(Language::nativeName).orElse(tag);
    }
}
