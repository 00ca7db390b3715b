/**
 * The networks' forums: threads, posts, reactions, moderation. A named interface of the network module: its
 * service, records and events (PostPublished, ReplyPosted, PostHidden) are meant for other features (tagging tags
 * posts, notification tells people about replies and hidden posts); its ui sub-package stays internal.
 */
@NamedInterface("forum")
package org.tellus.network.forum;

import org.springframework.modulith.NamedInterface;
