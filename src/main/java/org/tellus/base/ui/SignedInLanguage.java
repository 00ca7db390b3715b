package org.tellus.base.ui;

import java.util.Optional;

/**
 * Where the language of a signed-in person is remembered (their account). A feature declares a Spring bean of this
 * type, so the page frame imports no feature; without one, the choice lasts for the browser (a cookie) only.
 */
public interface SignedInLanguage {

    /** The tag the signed-in person chose, if they are signed in and chose one. */
    Optional<String> stored();

    /** Remembers the tag for the signed-in person; does nothing for a visitor. */
    void store(String tag);
}
