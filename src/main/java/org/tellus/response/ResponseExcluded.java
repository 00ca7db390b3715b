package org.tellus.response;

/**
 * Published when an officer excludes a response from insight as a suspected flood (decision 032). Its status in
 * response's read model {@code response_answer} is then EXCLUDED, so every count of submitted responses leaves it out.
 */
public record ResponseExcluded(long responseId, long consultationId, String reason) {
}
