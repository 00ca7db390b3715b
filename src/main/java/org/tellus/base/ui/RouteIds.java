package org.tellus.base.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;
import org.tellus.base.TranslatableException;

import java.util.Optional;
import java.util.function.LongFunction;

/**
 * The record named by a view's {@code :id} route parameter. A malformed or unknown id, or one the user may not
 * see, shows "Page not found" instead of an error.
 */
public final class RouteIds {

    public static final String ID = "id";

    private RouteIds() {
    }

    /** @param loader e.g. {@code consultations::consultation} for officers, {@code consultations::publicConsultation} for residents */
    public static <T> Optional<T> load(BeforeEnterEvent event, LongFunction<T> loader) {
        try {
            return Optional.of(loader.apply(Long.parseLong(event.getRouteParameters().get(ID).orElse(""))));
        } catch (NumberFormatException | TranslatableException e) {
            event.rerouteToError(NotFoundException.class);
            return Optional.empty();
        }
    }
}
