package org.tellus.review;

import java.util.List;

/**
 * A free-text answer waiting for an officer: where it is from, what it says, the machine's suggestions (strongest
 * first) and how sure the machine was ({@code certainty}: the margin of its closest decision, null when unknown).
 */
public record ReviewItem(long answerId, String reference, String question, String text, Double certainty,
                         List<Suggestion> suggestions) {
}
