package org.tellus.response;

import java.time.Instant;

/**
 * One line of the officer's response list, with the signs of a flood (decision 032): many answers from one address
 * within minutes, free text repeated from another response.
 */
public record ResponseRow(long id, String reference, Instant submittedAt, Channel channel, String areaId,
                          String excerpt, boolean manyFromOneAddress, boolean repeatedText) {

    public boolean flagged() {
        return manyFromOneAddress || repeatedText;
    }
}
