package org.tellus.response;

/**
 * Someone who asked to hear a consultation's results: an account ({@code userId}) or, for an anonymous resident,
 * an email address with the language of the page they answered in.
 */
public record HearBackRecipient(Long userId, String email, String language) {
}
