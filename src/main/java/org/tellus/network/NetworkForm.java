package org.tellus.network;

/** What an administrator fills in to create or edit a network. A blank slug is made from the name. */
public record NetworkForm(String name, String slug, String description, Visibility visibility, boolean forumInAnalysis) {
}
