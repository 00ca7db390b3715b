package org.tellus.plan.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.tellus.base.ui.CouncilFrame;
import org.tellus.plan.CouncilDetails;
import org.tellus.plan.CouncilService;

import java.util.Optional;

/** The council's name and logo in every page's header, its contact in the footer (set on admin/council). */
@org.springframework.stereotype.Component
class CouncilFrameParts implements CouncilFrame {

    private final CouncilService councils;

    CouncilFrameParts(CouncilService councils) {
        this.councils = councils;
    }

    @Override
    public Optional<Component> brand() {
        CouncilDetails council = councils.council();
        if (council.name().isEmpty()) {
            return Optional.empty();
        }
        Span brand = new Span();
        brand.addClassName("tellus-council");
        if (council.hasLogo()) {
            brand.add(logo(""));
        }
        brand.add(new Span(council.name()));
        return Optional.of(brand);
    }

    @Override
    public Optional<Component> footer() {
        CouncilDetails council = councils.council();
        if (council.name().isEmpty()) {
            return Optional.empty();
        }
        Footer footer = new Footer(new Paragraph(council.name()));
        footer.addClassName("tellus-council-footer");
        if (!council.contactEmail().isEmpty()) {
            footer.add(new Paragraph(new Anchor("mailto:" + council.contactEmail(), council.contactEmail())));
        }
        if (!council.contactPhone().isEmpty()) {
            footer.add(new Paragraph(new Anchor("tel:" + council.contactPhone().replaceAll("[^0-9+]", ""),
                    council.contactPhone())));
        }
        if (!council.website().isEmpty()) {
            footer.add(new Paragraph(new Anchor(council.website(), council.website())));
        }
        return Optional.of(footer);
    }

    /** The logo; {@code alt} empty where the council's name is written beside it. */
    Image logo(String alt) {
        DownloadHandler handler = event -> {
            Optional<CouncilService.Logo> logo = councils.logo();
            if (logo.isPresent()) {
                event.setContentType(logo.get().mediaType());
                try (var out = event.getOutputStream()) {
                    out.write(logo.get().image());
                }
            }
        };
        Image image = new Image(handler, alt);
        image.setHeight("2rem");
        return image;
    }
}
