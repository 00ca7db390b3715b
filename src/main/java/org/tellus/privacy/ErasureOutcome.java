package org.tellus.privacy;

/** What erasure of an account did: responses anonymised and forum posts turned into placeholders. */
public record ErasureOutcome(int responsesAnonymised, int postsRemoved) {
}
