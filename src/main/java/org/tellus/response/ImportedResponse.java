package org.tellus.response;

import java.time.Instant;

/**
 * A response that arrived elsewhere (another survey tool, the demo's public data): its answers, when it was
 * given, and, for text from public data, the credit its licence asks for.
 */
public record ImportedResponse(SubmissionRequest request, Instant submittedAt, String attribution) {
}
