package org.tellus.network.ui;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.tellus.base.TranslatableException;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkForm;
import org.tellus.network.Visibility;

/** The fields an administrator fills in to create or edit a network; the service's refusals show on the right field. */
class NetworkFormFields extends FormLayout {

    private final TextField name = new TextField(getTranslation("admin-networks.name"));
    private final TextField slug = new TextField(getTranslation("admin-networks.slug"));
    private final TextArea description = new TextArea(getTranslation("admin-networks.description"));
    private final Select<Visibility> visibility = new Select<>();
    private final Checkbox forumInAnalysis = new Checkbox(getTranslation("admin-networks.forum-in-analysis"), true);

    NetworkFormFields() {
        name.setMaxLength(120);
        slug.setHelperText(getTranslation("admin-networks.slug-help"));
        visibility.setLabel(getTranslation("admin-networks.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("network.visibility." + v));
        visibility.setValue(Visibility.OPEN);
        add(name, slug, visibility, forumInAnalysis, description);
        setColspan(description, 2);
    }

    NetworkFormFields with(NetworkDetails network) {
        name.setValue(network.name());
        slug.setValue(network.slug());
        description.setValue(network.description());
        visibility.setValue(network.visibility());
        forumInAnalysis.setValue(network.forumInAnalysis());
        return this;
    }

    NetworkForm form() {
        return new NetworkForm(name.getValue(), slug.getValue(), description.getValue(), visibility.getValue(),
                forumInAnalysis.getValue());
    }

    void clear() {
        name.clear();
        slug.clear();
        description.clear();
        name.setInvalid(false);
        slug.setInvalid(false);
    }

    void show(TranslatableException refused) {
        TextField field = refused.key().startsWith("network.slug") ? slug : name;
        field.setErrorMessage(getTranslation(refused.key(), refused.params()));
        field.setInvalid(true);
    }
}
