package org.tellus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
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
import org.tellus.network.NetworkService;

import java.util.List;

/** The administrator creates networks, chooses who can find them, and appoints their facilitators. */
@Menu(title = "nav.manage-networks", order = 90)
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
        grid.addComponentColumn(this::facilitatorsOf).setHeader(getTranslation("admin-networks.facilitators"))
                .setAutoWidth(true);
        grid.addComponentColumn(this::appointer).setHeader(getTranslation("admin-networks.appoint")).setAutoWidth(true);
        grid.addComponentColumn(this::editor).setHeader(getTranslation("admin-networks.edit")).setAutoWidth(true);
        refresh();
    }

    private FormLayout createForm() {
        NetworkFormFields fields = new NetworkFormFields();
        Button create = new Button(getTranslation("admin-networks.create-button"), e -> {
            try {
                NetworkDetails created = networks.create(fields.form());
                Messages.success(this, "admin-networks.created", created.name());
                fields.clear();
                refresh();
            } catch (TranslatableException refused) {
                fields.show(refused);
            }
        });
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        fields.add(create);
        return fields;
    }

    private Button editor(NetworkDetails network) {
        Button edit = new Button(getTranslation("admin-networks.edit"), e -> {
            NetworkFormFields fields = new NetworkFormFields().with(network);
            Dialog dialog = new Dialog(fields);
            dialog.setHeaderTitle(getTranslation("admin-networks.edit-named", network.name()));
            Button save = new Button(getTranslation("action.save"), click -> {
                try {
                    NetworkDetails saved = networks.update(network.id(), fields.form());
                    Messages.success(this, "admin-networks.saved", saved.name());
                    dialog.close();
                    refresh();
                } catch (TranslatableException refused) {
                    fields.show(refused);
                }
            });
            save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            dialog.getFooter().add(new Button(getTranslation("action.cancel"), click -> dialog.close()), save);
            dialog.open();
        });
        edit.setAriaLabel(getTranslation("admin-networks.edit-named", network.name()));
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        return edit;
    }

    /** Each facilitator's name with a button to remove them from this network (their role stays). */
    private HorizontalLayout facilitatorsOf(NetworkDetails network) {
        HorizontalLayout list = new HorizontalLayout();
        list.setWrap(true);
        networks.facilitatorsOf(network.id()).forEach((userId, name) -> {
            Button remove = new Button(getTranslation("action.remove"), e -> {
                try {
                    networks.removeFacilitator(network.id(), userId);
                    Messages.success(this, "admin-networks.facilitator-removed", name, network.name());
                    refresh();
                } catch (TranslatableException refused) {
                    Messages.error(this, refused);
                }
            });
            remove.setAriaLabel(getTranslation("admin-networks.remove-facilitator", name, network.name()));
            remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
            HorizontalLayout row = new HorizontalLayout(new Span(name), remove);
            row.setAlignItems(FlexComponent.Alignment.BASELINE);
            list.add(row);
        });
        return list;
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
