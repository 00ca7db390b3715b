package org.tellus.notification;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.NetworkSurveyOpened;
import org.tellus.network.MembershipAction;
import org.tellus.network.MembershipDecided;
import org.tellus.network.NetworkService;
import org.tellus.network.forum.PostHidden;
import org.tellus.network.forum.ReplyPosted;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Turns what happens elsewhere into notifications, once the change that caused it has committed: each on its own
 * thread and transaction, from Spring Modulith's event publication registry, so a notification whose listener did
 * not finish (a crash, an error) is written when the application starts again (decision 015). The texts are
 * message keys, translated when the recipient reads them.
 */
@Component
class NotificationListeners {

    private final NotificationWriter writer;
    private final NetworkService networks;

    NotificationListeners(NotificationWriter writer, NetworkService networks) {
        this.writer = writer;
        this.networks = networks;
    }

    @ApplicationModuleListener
    void onReply(ReplyPosted reply) {
        writer.write(reply.participantIds(), NotificationKind.REPLY, "notification.reply", reply.link(),
                List.of(reply.threadTitle()));
    }

    @ApplicationModuleListener
    void onPostHidden(PostHidden hidden) {
        writer.write(Set.of(hidden.authorId()), NotificationKind.POST_HIDDEN, "notification.post-hidden", hidden.link(),
                List.of(hidden.reason() == null ? "" : hidden.reason()));
    }

    @ApplicationModuleListener
    void onMembershipDecided(MembershipDecided decision) {
        List<String> params = new ArrayList<>(List.of(decision.networkName()));
        if (decision.message() != null) {
            params.add(decision.message());
        }
        String key = membershipKey(decision.action(), decision.message() != null);
        // Someone removed may no longer see an invitation-only network: send them to the list instead.
        String link = decision.action() == MembershipAction.REMOVED ? "networks" : "networks/" + decision.networkSlug();
        writer.write(Set.of(decision.userId()), NotificationKind.MEMBERSHIP, key, link, params);
    }

    /** The message for a membership decision, with the facilitator's words or without. */
    static String membershipKey(MembershipAction action, boolean withMessage) {
        return "notification.membership." + action.name().toLowerCase(Locale.ROOT) + (withMessage ? "-message" : "");
    }

    @ApplicationModuleListener
    void onNetworkSurvey(NetworkSurveyOpened survey) {
        Set<Long> members = SystemTask.runAs(Roles.ADMIN, () -> networks.memberIds(survey.networkIds()));
        writer.write(members, NotificationKind.NETWORK_SURVEY, "notification.network-survey",
                "consultations/" + survey.consultationId(), List.of(survey.title()));
    }
}
