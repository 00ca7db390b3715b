package org.tellus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Messages;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkForm;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;

import java.util.List;

/** The administrator creates networks, chooses who can find them, and appoints their facilitators. */
@Route("admin/networks")
@RolesAllowed(Roles.ADMIN)
public class AdminNetworksView extends Main implements HasDynamicTitle {

    private final NetworkService networks;
    private final AccountService accounts;
    private final Grid<NetworkDetails> grid = new Grid<>();
    private List<UserSummary> facilitators = List.of();

    public AdminNetworksView(NetworkService networks, AccountService accounts) {
        this.networks = networks;
        this.accounts = accounts;
        addClassName("tellus-page");
        add(new H1(getTranslation("admin-networks.title")));
        add(new H2(getTranslation("admin-networks.create")), createForm());
        add(new H2(getTranslation("admin-networks.all")));
        grid.setAriaLabel(getTranslation("admin-networks.all"));
        grid.setAllRowsVisible(true);
        grid.addComponentColumn(n -> new RouterLink(n.name(), NetworkPageView.class,
                new RouteParameters(NetworkPageView.SLUG, n.slug()))).setHeader(getTranslation("admin-networks.name"))
                .setAutoWidth(true);
        grid.addColumn(n -> getTranslation("network.visibility." + n.visibility()))
                .setHeader(getTranslation("admin-networks.visibility")).setFlexGrow(2);
        grid.addColumn(n -> String.join(", ", n.facilitators())).setHeader(getTranslation("admin-networks.facilitators"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::appointer).setHeader(getTranslation("admin-networks.appoint")).setAutoWidth(true);
        refresh();
    }

    private FormLayout createForm() {
        TextField name = new TextField(getTranslation("admin-networks.name"));
        name.setMaxLength(120);
        TextField slug = new TextField(getTranslation("admin-networks.slug"));
        slug.setHelperText(getTranslation("admin-networks.slug-help"));
        TextArea description = new TextArea(getTranslation("admin-networks.description"));
        Select<Visibility> visibility = new Select<>();
        visibility.setLabel(getTranslation("admin-networks.visibility"));
        visibility.setItems(Visibility.values());
        visibility.setItemLabelGenerator(v -> getTranslation("network.visibility." + v));
        visibility.setValue(Visibility.OPEN);
        Checkbox forumInAnalysis = new Checkbox(getTranslation("admin-networks.forum-in-analysis"), true);
        Button create = new Button(getTranslation("admin-networks.create-button"), e -> {
            try {
                NetworkDetails created = networks.create(new NetworkForm(name.getValue(), slug.getValue(),
                        description.getValue(), visibility.getValue(), forumInAnalysis.getValue()));
                Messages.success(this, "admin-networks.created", created.name());
                name.clear();
                slug.clear();
                description.clear();
                name.setInvalid(false);
                refresh();
            } catch (TranslatableException refused) {
                TextField field = refused.key().startsWith("network.slug") ? slug : name;
                field.setErrorMessage(getTranslation(refused.key(), refused.params()));
                field.setInvalid(true);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        FormLayout form = new FormLayout(name, slug, visibility, forumInAnalysis, description, create);
        form.setColspan(description, 2);
        return form;
    }

    private HorizontalLayout appointer(NetworkDetails network) {
        ComboBox<UserSummary> person = new ComboBox<>();
        person.setAriaLabel(getTranslation("admin-networks.appoint-to", network.name()));
        person.setItems(facilitators);
        person.setItemLabelGenerator(u -> u.displayName() + " (" + u.email() + ")");
        Button appoint = new Button(getTranslation("admin-networks.appoint-button"), e -> {
            if (person.getValue() == null) {
                return;
            }
            try {
                networks.appointFacilitator(network.id(), person.getValue().id());
                Messages.success(this, "admin-networks.appointed", person.getValue().displayName(), network.name());
                refresh();
            } catch (TranslatableException refused) {
                Messages.error(this, refused);
            }
        });
        appoint.setAriaLabel(getTranslation("admin-networks.appoint-to", network.name()));
        HorizontalLayout row = new HorizontalLayout(person, appoint);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    private void refresh() {
        // Only people with the facilitator role can be appointed; the roles are granted under Users.
        facilitators = accounts.listUsers().stream().filter(u -> u.roles().contains(Roles.FACILITATOR)).toList();
        List<NetworkDetails> all = networks.allNetworks();
        grid.setItems(all);
        if (getChildren().noneMatch(c -> c == grid)) {
            add(new Paragraph(getTranslation("admin-networks.facilitator-note")), grid);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("admin-networks.title") + " | " + getTranslation("app.name");
    }
}
