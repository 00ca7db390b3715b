package org.tellus.base.ui;

import com.vaadin.flow.component.Component;

import java.util.Optional;

/**
 * The council's own part of the page frame: its name and logo in the header and its contact in the footer. The
 * feature that keeps the council declares one bean of this type, so the frame imports no feature; before set-up
 * each gives nothing and the frame shows the product alone.
 */
public interface CouncilFrame {

    Optional<Component> brand();

    Optional<Component> footer();
}
