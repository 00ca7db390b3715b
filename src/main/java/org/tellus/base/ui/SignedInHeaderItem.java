package org.tellus.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Something a feature shows in the page header of a signed-in user (the notification bell). A feature declares a
 * Spring bean of this type; the page frame asks each for a new component, so the frame imports no feature.
 */
public interface SignedInHeaderItem {

    Component create();
}
