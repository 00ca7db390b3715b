package org.tellus.network.forum;

import org.springframework.stereotype.Component;
import org.tellus.account.AccountService;
import org.tellus.base.TranslatableException;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkService;

/**
 * Who may read, write and moderate a forum, decided from the network's own rules: a forum is open to the network's
 * members, its facilitators and administrators only. A network the caller may not see (invitation only) answers
 * "not found", exactly as {@link NetworkService} does, and so does any thread or post in it.
 */
@Component
class ForumAccess {

    /** The signed-in caller and the network as they see it. */
    record Caller(long userId, NetworkDetails network) {

        boolean moderates() {
            return network.facilitating();
        }
    }

    private final NetworkService networks;
    private final AccountService accounts;
    private final ForumStore store;

    ForumAccess(NetworkService networks, AccountService accounts, ForumStore store) {
        this.networks = networks;
        this.accounts = accounts;
        this.store = store;
    }

    /** The caller, if they may read (and so post in) the network's forum. */
    Caller reader(long networkId) {
        Caller caller = caller(networkId);
        if (!caller.network().isMember() && !caller.moderates()) {
            throw new TranslatableException("forum.members-only", caller.network().name());
        }
        return caller;
    }

    /** The caller, if they moderate the network: one of its facilitators, or an administrator. */
    Caller moderator(long networkId) {
        Caller caller = caller(networkId);
        if (!caller.moderates()) {
            throw new TranslatableException("network.not-facilitator");
        }
        return caller;
    }

    private Caller caller(long networkId) {
        long me = accounts.currentUserId().orElseThrow(() -> new TranslatableException("network.no-account"));
        return new Caller(me, networks.network(networkId));
    }

    ForumStore.ThreadRecord thread(long threadId) {
        return store.thread(threadId).orElseThrow(() -> new TranslatableException("forum.thread.not-found"));
    }

    ForumStore.PostRecord post(long postId) {
        return store.post(postId).orElseThrow(() -> new TranslatableException("forum.post.not-found"));
    }

    /** The reader of the network a thread or post is in; one they may not see hides the thread as well. */
    Caller readerOf(long networkId) {
        try {
            return reader(networkId);
        } catch (TranslatableException e) {
            throw "network.not-found".equals(e.key()) ? new TranslatableException("forum.thread.not-found") : e;
        }
    }

    Caller moderatorOf(long networkId) {
        try {
            return moderator(networkId);
        } catch (TranslatableException e) {
            throw "network.not-found".equals(e.key()) ? new TranslatableException("forum.thread.not-found") : e;
        }
    }
}
