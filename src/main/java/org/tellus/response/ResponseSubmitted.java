package org.tellus.response;

/** Published when a response is stored for good; tagging and insight listen for it. */
public record ResponseSubmitted(long responseId, long consultationId) {
}
