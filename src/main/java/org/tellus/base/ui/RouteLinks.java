package org.tellus.base.ui;

import com.vaadin.flow.component.html.Anchor;

/**
 * A link to another feature's page by its route. Features link to each other by route string, not by view class,
 * so that no feature imports another feature's views (the module boundaries ModularityTests verifies).
 */
public final class RouteLinks {

    private RouteLinks() {
    }

    public static Anchor to(String text, String route) {
        Anchor link = new Anchor(route, text);
        // Vaadin's client-side router handles a link marked so without reloading the page, as it does a RouterLink.
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}
