package org.tellus.account.ui;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.Messages;

import java.util.List;
import java.util.Set;

/** The administrator's list of users, where roles are granted and taken away. */
@Menu(title = "nav.users", order = 80)
@Route("admin/users")
@RolesAllowed(Roles.ADMIN)
public class UsersView extends Main implements HasDynamicTitle {

    private static final List<String> ROLE_ORDER = List.of(Roles.RESIDENT, Roles.FACILITATOR, Roles.OFFICER, Roles.ADMIN);

    private final AccountService accounts;
    private final Grid<UserSummary> grid = new Grid<>();

    public UsersView(AccountService accounts) {
        this.accounts = accounts;
        addClassName("tellus-page");
        grid.addColumn(UserSummary::email).setHeader(getTranslation("users.email")).setAutoWidth(true);
        grid.addColumn(UserSummary::displayName).setHeader(getTranslation("users.name")).setAutoWidth(true);
        grid.addColumn(u -> Formats.dateTime(u.createdAt(), getLocale())).setHeader(getTranslation("users.created"));
        grid.addComponentColumn(this::roleEditor).setHeader(getTranslation("users.roles")).setFlexGrow(2);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("users.title"));
        add(new H1(getTranslation("users.title")), grid);
        refresh();
    }

    private CheckboxGroup<String> roleEditor(UserSummary user) {
        CheckboxGroup<String> roles = new CheckboxGroup<>();
        roles.setAriaLabel(getTranslation("users.roles-of", user.email()));
        roles.setItems(ROLE_ORDER);
        roles.setItemLabelGenerator(r -> getTranslation("role." + r));
        roles.setValue(user.roles());
        roles.addValueChangeListener(e -> {
            if (!e.isFromClient()) {
                return;
            }
            try {
                accounts.setRoles(user.id(), Set.copyOf(e.getValue()));
                Messages.success(this, "users.saved", user.email());
            } catch (TranslatableException refused) {
                Messages.error(this, refused);
                roles.setValue(e.getOldValue());
            }
        });
        return roles;
    }

    private void refresh() {
        grid.setItems(accounts.listUsers());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title") + " | " + getTranslation("app.name");
    }
}
