package org.tellus.consultation;

/** Who may see and answer a consultation. Network audiences come with the equity networks. */
public enum Audience {
    PUBLIC
}
