package org.tellus.review;

/** How far the review of a consultation's free-text answers has got. */
public record ReviewProgress(long waiting, long reviewed) {
}
