package org.tellus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.tellus.base.TranslatableException;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.Messages;
import org.tellus.network.MemberRow;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkPageSection;
import org.tellus.network.NetworkService;
import org.tellus.network.RemovalRecord;
import org.tellus.network.Visibility;
import org.tellus.network.forum.ui.ForumView;

import java.util.List;

/**
 * One network: what it is for and where the visitor stands; for its facilitators also the requests to decide,
 * invitations and the members. A network the visitor may not see is "Page not found", as if it did not exist.
 */
@Route("networks/:slug")
@PermitAll
public class NetworkPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String SLUG = "slug";

    private final NetworkService networks;
    private final List<NetworkPageSection> memberSections;
    private String slug = "";
    private String title = "";

    public NetworkPageView(NetworkService networks, List<NetworkPageSection> memberSections) {
        this.networks = networks;
        this.memberSections = memberSections;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        slug = event.getRouteParameters().get(SLUG).orElse("");
        try {
            render(networks.networkBySlug(slug));
        } catch (TranslatableException notVisible) {
            event.rerouteToError(NotFoundException.class);
        }
    }

    private void refresh() {
        try {
            render(networks.networkBySlug(slug));
        } catch (TranslatableException noLongerVisible) {
            // Declining an invitation or leaving an invitation-only network hides it: go back to the list.
            getUI().ifPresent(ui -> ui.navigate(NetworksView.class));
        }
    }

    private void render(NetworkDetails network) {
        title = network.name();
        removeAll();
        add(new H1(network.name()));
        network.description().lines().filter(l -> !l.isBlank()).forEach(l -> add(new Paragraph(l)));
        add(new Paragraph(getTranslation("network.visibility." + network.visibility())));
        if (!network.facilitators().isEmpty()) {
            add(new Paragraph(getTranslation("network.page.facilitators", String.join(", ", network.facilitators()))));
        }
        if (network.memberCount() != null) {
            add(new Paragraph(getTranslation("networks.members", network.memberCount())));
        }
        add(new MembershipActions(networks, network, this::refresh));
        if (network.isMember() || network.facilitating()) {
            add(new Paragraph(new RouterLink(getTranslation("network.page.forum", network.name()), ForumView.class,
                    new RouteParameters(SLUG, network.slug()))));
        }
        if (network.isMember()) {
            memberSections.forEach(section -> add(section.create(network)));
        }
        if (network.facilitating()) {
            addRequests(network);
            if (network.visibility() == Visibility.INVITATION_ONLY) {
                addInvitations(network);
            }
            addMembers(network);
            addRemovals(network);
        }
    }

    private void addRequests(NetworkDetails network) {
        add(new H2(getTranslation("network.page.requests")));
        List<MemberRow> requests = networks.pendingRequests(network.id());
        if (requests.isEmpty()) {
            add(new Paragraph(getTranslation("network.page.no-requests")));
            return;
        }
        Grid<MemberRow> grid = grid("network.page.requests");
        grid.addColumn(MemberRow::displayName).setHeader(getTranslation("network.page.name")).setAutoWidth(true);
        grid.addColumn(r -> r.message() == null ? "" : r.message()).setHeader(getTranslation("network.page.message"))
                .setFlexGrow(2);
        grid.addColumn(r -> Formats.dateTime(r.since(), getLocale())).setHeader(getTranslation("network.page.since"));
        grid.addComponentColumn(r -> {
            Button approve = new Button(getTranslation("network.page.approve"), e -> decide(network, r, true));
            approve.setAriaLabel(getTranslation("network.page.approve-named", r.displayName()));
            approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
            Button decline = new Button(getTranslation("network.page.decline"), e -> decide(network, r, false));
            decline.setAriaLabel(getTranslation("network.page.decline-named", r.displayName()));
            decline.addThemeVariants(ButtonVariant.LUMO_SMALL);
            return new HorizontalLayout(approve, decline);
        }).setHeader(getTranslation("network.page.decision")).setAutoWidth(true);
        grid.setItems(requests);
        add(grid);
    }

    private void decide(NetworkDetails network, MemberRow request, boolean approve) {
        String action = approve ? "network.page.approve" : "network.page.decline";
        new MessageDialog(getTranslation(action + "-named", request.displayName()),
                getTranslation("network.page.decision-message"), getTranslation("network.page.decision-help"),
                getTranslation(action), !approve, message -> {
                    if (approve) {
                        networks.approve(network.id(), request.userId(), message);
                    } else {
                        networks.decline(network.id(), request.userId(), message);
                    }
                    Messages.success(this, approve ? "network.page.approved" : "network.page.declined",
                            request.displayName());
                    refresh();
                }).open();
    }

    private void addInvitations(NetworkDetails network) {
        add(new H2(getTranslation("network.page.invite")));
        EmailField email = new EmailField(getTranslation("network.page.invite-email"));
        email.setHelperText(getTranslation("network.page.invite-help"));
        Button invite = new Button(getTranslation("network.page.invite-send"), e -> {
            try {
                MemberRow invited = networks.invite(network.id(), email.getValue());
                Messages.success(this, "network.page.invited", invited.displayName());
                refresh();
            } catch (TranslatableException refused) {
                email.setErrorMessage(getTranslation(refused.key(), refused.params()));
                email.setInvalid(true);
            }
        });
        HorizontalLayout row = new HorizontalLayout(email, invite);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(row);
        List<MemberRow> pending = networks.pendingInvitations(network.id());
        if (!pending.isEmpty()) {
            add(new Paragraph(getTranslation("network.page.invited-list",
                    String.join(", ", pending.stream().map(MemberRow::displayName).toList()))));
        }
    }

    private void addMembers(NetworkDetails network) {
        add(new H2(getTranslation("network.page.members")));
        List<MemberRow> members = networks.members(network.id());
        if (members.isEmpty()) {
            add(new Paragraph(getTranslation("network.page.no-members")));
            return;
        }
        Grid<MemberRow> grid = grid("network.page.members");
        grid.addColumn(MemberRow::displayName).setHeader(getTranslation("network.page.name")).setFlexGrow(2);
        grid.addColumn(r -> Formats.dateTime(r.since(), getLocale())).setHeader(getTranslation("network.page.since"));
        grid.addComponentColumn(r -> {
            Button remove = new Button(getTranslation("action.remove"), e -> new MessageDialog(
                    getTranslation("network.page.remove-named", r.displayName()), getTranslation("network.page.reason"),
                    getTranslation("network.page.reason-help"), getTranslation("action.remove"), true, reason -> {
                        networks.remove(network.id(), r.userId(), reason);
                        Messages.success(this, "network.page.removed", r.displayName());
                        refresh();
                    }).open());
            remove.setAriaLabel(getTranslation("network.page.remove-named", r.displayName()));
            remove.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return remove;
        }).setHeader(getTranslation("network.page.actions")).setAutoWidth(true);
        grid.setItems(members);
        add(grid);
    }

    private void addRemovals(NetworkDetails network) {
        List<RemovalRecord> removals = networks.removals(network.id());
        if (removals.isEmpty()) {
            return;
        }
        add(new H2(getTranslation("network.page.removals")));
        Grid<RemovalRecord> grid = new Grid<>();
        grid.setAriaLabel(getTranslation("network.page.removals"));
        grid.setAllRowsVisible(true);
        grid.addColumn(RemovalRecord::member).setHeader(getTranslation("network.page.name"));
        grid.addColumn(RemovalRecord::removedBy).setHeader(getTranslation("network.page.removed-by"));
        grid.addColumn(r -> Formats.dateTime(r.at(), getLocale())).setHeader(getTranslation("network.page.when"));
        grid.addColumn(RemovalRecord::reason).setHeader(getTranslation("network.page.reason")).setFlexGrow(2);
        grid.setItems(removals);
        add(grid);
    }

    private Grid<MemberRow> grid(String labelKey) {
        Grid<MemberRow> grid = new Grid<>();
        grid.setAriaLabel(getTranslation(labelKey));
        grid.setAllRowsVisible(true);
        return grid;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
