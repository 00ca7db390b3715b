package org.tellus.plan;

/**
 * Published inside the transaction that merges theme {@code fromThemeId} into {@code intoThemeId}, before the
 * retired theme's row changes. Every feature that stores tags listens synchronously and moves its own tags, so a
 * merge is all or nothing.
 */
public record ThemesMerged(String fromThemeId, String intoThemeId) {
}
