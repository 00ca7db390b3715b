package org.tellus.network.forum;

/** The small fixed set of reactions: one of each per person and post, given or taken back with one click. */
public enum Reaction {
    AGREE, HELPFUL, THANK_YOU
}
