package org.tellus.response;

/**
 * What retention removed from one consultation: equality answers (rows), links from responses to residents'
 * accounts, and drafts never submitted.
 */
public record RetentionOutcome(int equalityAnswers, int accountLinks, int drafts) {

    public boolean removedAnything() {
        return equalityAnswers + accountLinks + drafts > 0;
    }
}
