package org.tellus.response;

import com.vaadin.flow.component.Component;

import java.util.List;
import java.util.function.LongFunction;

/**
 * What another feature shows under each free-text answer when an officer opens one response (review shows the
 * machine's themes and the officer's decision). That feature declares a Spring bean of this type, so response
 * imports neither review nor tagging.
 */
public interface FreeTextAnswerNotes {

    /** Read once per opened response; the function gives what to show under the answer to a question, by its id. */
    LongFunction<List<Component>> forResponse(long responseId);
}
