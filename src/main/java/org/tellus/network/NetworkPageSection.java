package org.tellus.network;

import com.vaadin.flow.component.Component;

/**
 * A section another feature adds to a network's page for its members (consultation adds the network's surveys).
 * That feature declares a Spring bean of this type, so network needs no import of the features built on it.
 */
public interface NetworkPageSection {

    Component create(NetworkDetails network);
}
