package org.tellus.network.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;

import static org.assertj.core.api.Assertions.assertThat;

/** An administrator edits a network and removes a facilitator from it. */
@IntegrationTest
@WithMockUser(username = "admin@example.org", roles = Roles.ADMIN)
class AdminNetworkEditViewTest extends SpringBrowserlessTest {

    @Autowired
    NetworkService networks;
    @Autowired
    AccountService accounts;

    @SuppressWarnings("unchecked")
    private Grid<NetworkDetails> grid() {
        return $(Grid.class).single();
    }

    private int rowOf(NetworkDetails network) {
        var tester = test(grid());
        for (int i = 0; i < tester.size(); i++) {
            if (tester.getRow(i).id() == network.id()) {
                return i;
            }
        }
        throw new AssertionError("not listed: " + network.name());
    }

    @Test
    @SuppressWarnings("unchecked")
    void anAdministratorEditsANetwork() {
        NetworkDetails network = NetworkFixtures.network(networks, Visibility.OPEN, null);
        navigate(AdminNetworksView.class);
        Button edit = (Button) test(grid()).getCellComponent(rowOf(network), 4);
        assertThat(edit.getAriaLabel()).contains("Edit " + network.name());
        edit.click();
        test($(TextField.class).withLabel("Name").last()).setValue(network.name() + " renamed");
        test($(TextArea.class).withLabel("Description").last()).setValue("A new description");
        test($(Select.class).withLabel("Who can find and join it").last()).selectItem("By invitation only");
        test($(Button.class).withText("Save").single()).click();
        NetworkDetails edited = networks.network(network.id());
        assertThat(edited.name()).isEqualTo(network.name() + " renamed");
        assertThat(edited.description()).isEqualTo("A new description");
        assertThat(edited.visibility()).isEqualTo(Visibility.INVITATION_ONLY);
    }

    @Test
    void anAdministratorRemovesAFacilitator() {
        UserSummary facilitator = NetworkFixtures.user(accounts, Roles.FACILITATOR);
        NetworkDetails network = NetworkFixtures.network(networks, Visibility.OPEN, facilitator);
        navigate(AdminNetworksView.class);
        HorizontalLayout facilitators = (HorizontalLayout) test(grid()).getCellComponent(rowOf(network), 2);
        Button remove = facilitators.getChildren().flatMap(Component::getChildren).filter(Button.class::isInstance)
                .map(Button.class::cast).findFirst().orElseThrow();
        assertThat(remove.getAriaLabel()).contains("Remove " + facilitator.displayName() + " as facilitator of " + network.name());
        remove.click();
        assertThat(SystemTask.runAs(Roles.ADMIN, () -> networks.facilitatorsOf(network.id()))).isEmpty();
    }
}
