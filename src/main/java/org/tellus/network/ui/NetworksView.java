package org.tellus.network.ui;

import com.vaadin.flow.component.html.Article;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.PermitAll;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkService;

import java.util.List;

/** The equity networks a signed-in person may see, with where they stand in each. */
@Menu(title = "nav.networks", order = 20)
@Route("networks")
@PermitAll
public class NetworksView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final NetworkService networks;

    public NetworksView(NetworkService networks) {
        this.networks = networks;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        render();
    }

    private void render() {
        removeAll();
        add(new H1(getTranslation("networks.title")), new Paragraph(getTranslation("networks.intro")));
        List<NetworkDetails> visible = networks.visibleNetworks();
        if (visible.isEmpty()) {
            add(new Paragraph(getTranslation("networks.none")));
        }
        for (NetworkDetails network : visible) {
            Article card = new Article();
            card.addClassName("tellus-card");
            card.add(new H2(new RouterLink(network.name(), NetworkPageView.class,
                    new RouteParameters(NetworkPageView.SLUG, network.slug()))));
            card.add(new Paragraph(network.description()));
            card.add(new Paragraph(getTranslation("network.visibility." + network.visibility())));
            if (network.memberCount() != null) {
                card.add(new Paragraph(getTranslation("networks.members", network.memberCount())));
            }
            card.add(new MembershipActions(networks, network, this::render));
            add(card);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("networks.title") + " | " + getTranslation("app.name");
    }
}
