package org.tellus.response.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.ui.RouteLinks;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Formats;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.base.ui.RouteIds;
import org.tellus.plan.AreaSummary;
import org.tellus.plan.PlanService;
import org.tellus.response.FreeTextAnswerNotes;
import org.tellus.response.ResponseFilter;
import org.tellus.response.ResponseRow;
import org.tellus.response.ResponseService;

import java.util.List;
import java.util.function.Consumer;
import java.util.Map;
import java.util.stream.Collectors;

/** A consultation's responses for the officer: filtered by date, channel and area, each opened in full. */
@Route("officer/consultations/:id/responses")
@RolesAllowed({Roles.OFFICER, Roles.ADMIN})
public class ResponsesView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final ConsultationService consultations;
    private final ResponseService responses;
    private final PlanService plan;
    private final List<FreeTextAnswerNotes> answerNotes;

    public ResponsesView(ConsultationService consultations, ResponseService responses, PlanService plan,
                         List<FreeTextAnswerNotes> answerNotes) {
        this.consultations = consultations;
        this.responses = responses;
        this.plan = plan;
        this.answerNotes = answerNotes;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        RouteIds.load(event, consultations::consultation).ifPresent(this::render);
    }

    private void render(ConsultationDetails consultation) {
        removeAll();
        List<AreaSummary> areas = plan.areas();
        Map<String, String> areaNames = areas.stream().collect(Collectors.toMap(AreaSummary::id, AreaSummary::name));

        Paragraph count = new Paragraph();
        count.getElement().setAttribute("aria-live", "polite");
        Grid<ResponseRow> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("responses.title", consultation.title()));
        grid.addColumn(ResponseRow::reference).setHeader(getTranslation("responses.reference")).setAutoWidth(true);
        grid.addColumn(r -> Formats.dateTime(r.submittedAt(), getLocale())).setHeader(getTranslation("responses.submitted")).setAutoWidth(true);
        grid.addColumn(r -> getTranslation("channel." + r.channel())).setHeader(getTranslation("responses.channel")).setAutoWidth(true);
        grid.addColumn(r -> r.areaId() == null ? "" : areaNames.getOrDefault(r.areaId(), r.areaId()))
                .setHeader(getTranslation("responses.area")).setAutoWidth(true);
        grid.addColumn(ResponseRow::excerpt).setHeader(getTranslation("responses.excerpt")).setFlexGrow(3)
                .setWidth("18rem");
        grid.addColumn(this::floodSigns).setHeader(getTranslation("responses.flags")).setAutoWidth(true);
        Runnable[] reload = new Runnable[1];
        java.util.function.LongConsumer openResponse = id -> new ResponseDialog(consultation, responses.response(id),
                areaNames, answerNotes.stream().map(notes -> notes.forResponse(id)).toList(), reason -> {
                    responses.exclude(id, reason);
                    reload[0].run();
                }).open();
        grid.addItemClickListener(e -> openResponse.accept(e.getItem().id()));
        grid.addSelectionListener(e -> e.getFirstSelectedItem().ifPresent(r -> openResponse.accept(r.id())));

        Consumer<ResponseFilter> refresh = filter -> {
            long total = responses.countResponses(consultation.id(), filter);
            count.setText(getTranslation("responses.count", total));
            grid.setItems(query -> responses.responses(consultation.id(), filter, query.getOffset(), query.getLimit()).stream(),
                    query -> (int) Math.min(Integer.MAX_VALUE, responses.countResponses(consultation.id(), filter)));
        };
        ResponseFilterBar filters = new ResponseFilterBar(areas, refresh);
        refresh.accept(filters.filter());
        reload[0] = () -> refresh.accept(filters.filter());

        RouteParameters params = new RouteParameters("id", String.valueOf(consultation.id()));
        HorizontalLayout links = new HorizontalLayout(
                new RouterLink(getTranslation("editor.enter-response"), AssistedEntryView.class, params),
                new RouterLink(getTranslation("import.link"), org.tellus.response.imports.ui.ImportView.class, params),
                RouteLinks.to(getTranslation("responses.back"), "officer/consultations/" + consultation.id()));
        links.setWrap(true);
        add(new H1(getTranslation("responses.title", consultation.title())), links, filters,
                new Paragraph(getTranslation("responses.flags-help")), count, grid);
    }

    /** Suspected floods (decision 032), in words: never a colour or an icon alone. */
    private String floodSigns(ResponseRow row) {
        List<String> signs = new java.util.ArrayList<>();
        if (row.manyFromOneAddress()) {
            signs.add(getTranslation("responses.flag.address"));
        }
        if (row.repeatedText()) {
            signs.add(getTranslation("responses.flag.repeated"));
        }
        return String.join("; ", signs);
    }


    @Override
    public String getPageTitle() {
        return getTranslation("responses.page-title") + " | " + getTranslation("app.name");
    }
}
