package org.tellus.network.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.tellus.base.TranslatableException;
import org.tellus.base.ui.Messages;
import org.tellus.network.MembershipStatus;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;

/**
 * Where the signed-in person stands with a network, and what they can do about it: join, ask to join, accept an
 * invitation, or leave. The service decides; this only offers what fits.
 */
class MembershipActions extends HorizontalLayout {

    private final transient NetworkService networks;
    private final Runnable changed;

    MembershipActions(NetworkService networks, NetworkDetails network, Runnable changed) {
        this.networks = networks;
        this.changed = changed;
        setAlignItems(FlexComponent.Alignment.BASELINE);
        setWrap(true);
        MembershipStatus status = network.myStatus();
        if (status != null && status != MembershipStatus.LEFT) {
            Span state = new Span(getTranslation("network.status." + status));
            state.getElement().setAttribute("role", "status");
            state.addClassName("tellus-membership-status");
            add(state);
        }
        if (network.decisionMessage() != null) {
            add(new Span(getTranslation("networks.decision-message", network.decisionMessage())));
        }
        if (status == MembershipStatus.MEMBER) {
            add(button("networks.leave", network, false, () -> networks.leave(network.id()), "networks.left"));
        } else if (status == MembershipStatus.REQUESTED) {
            add(button("networks.withdraw", network, false, () -> networks.leave(network.id()), "networks.withdrawn"));
        } else if (status == MembershipStatus.INVITED) {
            add(button("networks.accept", network, true, () -> networks.acceptInvitation(network.id()), "networks.joined"),
                    button("networks.decline-invitation", network, false,
                            () -> networks.declineInvitation(network.id()), "networks.invitation-declined"));
        } else if (status != MembershipStatus.REMOVED && network.visibility() == Visibility.OPEN) {
            add(button("networks.join", network, true, () -> networks.join(network.id()), "networks.joined"));
        } else if (status != MembershipStatus.REMOVED && network.visibility() == Visibility.ON_REQUEST) {
            Button ask = new Button(getTranslation("networks.request"), e -> new MessageDialog(
                    getTranslation("networks.request-title", network.name()), getTranslation("networks.request-message"),
                    getTranslation("networks.request-help"), getTranslation("networks.request-send"), false, message -> {
                        networks.requestToJoin(network.id(), message);
                        Messages.success(this, "networks.requested", network.name());
                        this.changed.run();
                    }).open());
            ask.setAriaLabel(getTranslation("networks.request-named", network.name()));
            ask.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            add(ask);
        }
    }

    private Button button(String key, NetworkDetails network, boolean primary, Runnable action, String doneKey) {
        Button button = new Button(getTranslation(key), e -> {
            try {
                action.run();
                Messages.success(this, doneKey, network.name());
                changed.run();
            } catch (TranslatableException refused) {
                Messages.error(this, refused);
            }
        });
        // Many networks on one page: the label says which one the button acts on.
        button.setAriaLabel(getTranslation(key + "-named", network.name()));
        if (primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return button;
    }
}
