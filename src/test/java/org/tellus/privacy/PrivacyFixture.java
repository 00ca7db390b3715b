package org.tellus.privacy;

import org.springframework.jdbc.core.JdbcTemplate;
import org.tellus.Fixtures;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionDetails;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;
import org.tellus.network.forum.ForumFixtures;
import org.tellus.network.forum.ForumService;
import org.tellus.network.forum.ForumThread;
import org.tellus.network.forum.Reaction;
import org.tellus.notification.NotificationService;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionRequest;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import static org.awaitility.Awaitility.await;

/**
 * A resident with one of everything, each text marked so a test can look for it anywhere: a response whose free
 * text they did not consent to be quoted, one they did, a draft, equality answers, a forum thread (another member
 * replied, so they have a notification), a reaction and a request to join a network with a message; both
 * responses carry the address hash abuse protection keeps.
 */
public record PrivacyFixture(UserSummary resident, ConsultationDetails consultation, String privateText, String quotedText,
                      String draftText, String postText, String requestMessage, String privateReference,
                      String quotedReference, ForumFixtures forum, long threadId, NetworkDetails askedNetwork,
                      String originKey) {

    static PrivacyFixture create(AccountService accounts, ConsultationService consultations, ResponseService responses,
                                 NetworkService networks, ForumService forumService, NotificationService notifications,
                                 JdbcTemplate jdbc) {
        String mark = UUID.randomUUID().toString().substring(0, 8);
        ForumFixtures forum = ForumFixtures.network(networks, accounts, Visibility.OPEN);
        UserSummary resident = forum.member();
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "Privacy " + mark);
        ConsultationDetails other = Fixtures.openConsultationWithEveryQuestionType(consultations, "Privacy draft " + mark);
        String privateText = "Private words " + mark;
        String quotedText = "Quoted words " + mark;
        String draftText = "Draft words " + mark;
        String postText = "Forum words " + mark;
        String requestMessage = "Please let me in " + mark;
        String originKey = "origin-" + mark; // as abuse protection keeps it: a keyed hash of the address (decision 032)
        String privateRef = NetworkFixtures.as(resident, () -> responses.submit(request(c, privateText, false), originKey)).reference();
        String quotedRef = NetworkFixtures.as(resident, () -> responses.submit(request(c, quotedText, true), originKey)).reference();
        NetworkFixtures.as(resident, () -> responses.saveDraft(new SubmissionRequest(other.id(), UUID.randomUUID().toString(),
                List.of(AnswerInput.text(other.questions().get(0).id(), draftText)), Map.of(), false, Channel.ONLINE)));
        ForumThread thread = NetworkFixtures.as(resident, () -> forumService.startThread(forum.network().id(),
                "A thread " + mark, postText));
        long reply = NetworkFixtures.as(forum.otherMember(), () -> forumService.reply(thread.id(), "A reply " + mark)).id();
        NetworkFixtures.as(resident, () -> forumService.react(reply, Reaction.THANK_YOU));
        NetworkDetails asked = NetworkFixtures.network(networks, Visibility.ON_REQUEST, forum.facilitator());
        NetworkFixtures.as(resident, () -> networks.requestToJoin(asked.id(), requestMessage));
        // The reply's notification is written after its commit, on another thread.
        await().until(() -> NetworkFixtures.as(resident, () -> notifications.countMyNotifications()) > 0);
        return new PrivacyFixture(resident, c, privateText, quotedText, draftText, postText, requestMessage, privateRef,
                quotedRef, forum, thread.id(), asked, originKey);
    }

    /** The required answers, this free text, "other" text on the multiple choice, and equality answers. */
    public static SubmissionRequest request(ConsultationDetails c, String text, boolean consent) {
        List<QuestionDetails> q = c.questions();
        return new SubmissionRequest(c.id(), UUID.randomUUID().toString(), List.of(AnswerInput.text(q.get(0).id(), text),
                AnswerInput.options(q.get(1).id(), List.of(q.get(1).options().getFirst().id()), null),
                AnswerInput.options(q.get(2).id(), List.of(), "Other " + text),
                AnswerInput.number(q.get(3).id(), 4)), Map.of("disability", "no", "sex", "female"), consent, Channel.ONLINE);
    }
}
