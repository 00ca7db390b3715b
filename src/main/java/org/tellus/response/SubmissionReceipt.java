package org.tellus.response;

import java.time.Instant;

/** What a resident is shown after submitting: nothing personal, just proof it arrived. */
public record SubmissionReceipt(String reference, long consultationId, String consultationTitle, Instant submittedAt) {
}
