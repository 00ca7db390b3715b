package org.tellus.consultation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Formats;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;

/** The officer's list of every consultation, with the way to create a new one. */
@Menu(title = "nav.manage-consultations", order = 40)
@Route("officer/consultations")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ConsultationsView extends Main implements HasDynamicTitle {

    public ConsultationsView(ConsultationService consultations) {
        addClassName("tellus-page");
        Button create = new Button(getTranslation("consultations.create"),
                e -> e.getSource().getUI().ifPresent(ui -> ui.navigate(ConsultationEditorView.class,
                        new RouteParameters(ConsultationEditorView.ID, ConsultationEditorView.NEW))));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Grid<ConsultationDetails> grid = new Grid<>();
        grid.addComponentColumn(c -> new RouterLink(c.title(), ConsultationEditorView.class,
                new RouteParameters(ConsultationEditorView.ID, String.valueOf(c.id()))))
                .setHeader(getTranslation("consultations.title")).setFlexGrow(3);
        grid.addColumn(c -> getTranslation("status." + c.status())).setHeader(getTranslation("consultations.status"));
        grid.addColumn(c -> getTranslation("editor.audience." + c.audience())).setHeader(getTranslation("editor.audience"));
        grid.addColumn(c -> Formats.date(c.opensOn(), getLocale())).setHeader(getTranslation("consultations.opens"));
        grid.addColumn(c -> Formats.date(c.closesOn(), getLocale())).setHeader(getTranslation("consultations.closes"));
        grid.setItems(consultations.allConsultations());
        grid.setAllRowsVisible(true);
        grid.setAriaLabel(getTranslation("consultations.heading"));
        add(new H1(getTranslation("consultations.heading")), create, grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("consultations.heading") + " | " + getTranslation("app.name");
    }
}
