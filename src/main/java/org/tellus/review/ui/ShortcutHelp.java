package org.tellus.review.ui;

import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;

/** The review queue's keyboard shortcuts, listed on the page. */
class ShortcutHelp extends Div {

    private static final String[] KEYS = {"enter", "digits", "delete", "add", "none", "skip"};

    ShortcutHelp() {
        addClassName("tellus-review-help");
        DescriptionList list = new DescriptionList();
        for (String key : KEYS) {
            list.add(new DescriptionList.Term(getTranslation("review.keys." + key)),
                    new DescriptionList.Description(getTranslation("review.keys." + key + ".does")));
        }
        add(new H2(getTranslation("review.keys")), list);
    }
}
