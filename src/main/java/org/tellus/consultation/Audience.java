package org.tellus.consultation;

/** Who may see and answer a consultation: everyone, or only the members of its networks. */
public enum Audience {
    PUBLIC,
    NETWORKS
}
