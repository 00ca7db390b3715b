package org.tellus.privacy;

import java.time.Instant;
import java.time.LocalDate;

/**
 * A consultation's retention: {@code months} after it closes ({@code closesOn}), its equality answers, the links from
 * its responses to residents' accounts and its unsubmitted drafts are removed. {@code dueOn} is null while the
 * consultation has no closing date; {@code appliedAt} is the last time the job removed anything or found it done.
 */
public record RetentionRule(long consultationId, String consultationTitle, LocalDate closesOn, int months,
                            LocalDate dueOn, Instant appliedAt) {
}
