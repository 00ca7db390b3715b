package org.tellus.audit.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.audit.AuditActions;
import org.tellus.audit.AuditEntry;
import org.tellus.audit.Audited;
import org.tellus.base.security.Roles;

import java.util.List;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The administrator finds an entry by who made it and by its action. */
@IntegrationTest
class AuditTrailViewTest extends SpringBrowserlessTest {

    @Autowired
    ApplicationEventPublisher events;

    @Test
    @WithMockUser(username = "trail-admin@example.org", roles = Roles.ADMIN)
    @SuppressWarnings("unchecked")
    void theFiltersNarrowTheTrail() {
        String target = "model " + UUID.randomUUID();
        events.publishEvent(new Audited(AuditActions.MODEL_ACTIVATED, target));
        navigate(AuditTrailView.class);
        ComboBox<String> action = $(ComboBox.class).single();

        $(TextField.class).single().setValue("trail-admin@");
        action.setValue(AuditActions.MODEL_ACTIVATED);
        assertThat(rows()).extracting(AuditEntry::target).contains(target);
        action.setValue(AuditActions.THEME_RETIRED);
        assertThat(rows()).extracting(AuditEntry::target).doesNotContain(target);
    }

    @SuppressWarnings("unchecked")
    private List<AuditEntry> rows() {
        Grid<AuditEntry> grid = $(Grid.class).single();
        return grid.getGenericDataView().getItems().toList();
    }
}
