package org.tellus.notification;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.NetworkSurveyFixtures;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;
import org.tellus.report.ReportService;
import org.tellus.report.ReportShaping;
import org.tellus.report.WeDidStatus;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.tellus.network.NetworkFixtures.as;

/** The members of the networks a survey was sent to hear when its results are published and when "we did" changes. */
@IntegrationTest
class ResultsNotificationTest {

    @Autowired
    NotificationService notifications;
    @Autowired
    AccountService accounts;
    @Autowired
    NetworkService networks;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ReportService reports;

    @Test
    void aNetworkSurveysMembersHearOfItsResultsAndOfWhatWasDone() {
        UserSummary member = NetworkFixtures.user(accounts, Roles.RESIDENT);
        UserSummary outsider = NetworkFixtures.user(accounts, Roles.RESIDENT);
        NetworkDetails network = NetworkFixtures.network(networks, Visibility.OPEN, null);
        as(member, () -> networks.join(network.id()));
        ConsultationDetails survey = NetworkSurveyFixtures.open(consultations, "Our survey", Set.of(network.id()));
        await().until(() -> of(member).size() == 1); // "a new survey for your network"
        SystemTask.runAs(Roles.OFFICER, () -> {
            consultations.close(survey.id());
            reports.saveDraft(survey.id(), new ReportShaping("What we heard.", Map.of(), Map.of(), Set.of()));
            reports.publish(survey.id());
        });
        await().untilAsserted(() -> assertThat(of(member)).anySatisfy(n -> {
            assertThat(n.kind()).isEqualTo(NotificationKind.RESULTS);
            assertThat(n.messageKey()).isEqualTo("notification.results-published");
            assertThat(n.link()).isEqualTo("consultations/" + survey.id() + "/results");
            assertThat(n.params()).containsExactly("Our survey");
        }));
        SystemTask.runAs(Roles.OFFICER, () -> reports.saveWeDid(survey.id(), "healthy-happy", "A new clinic",
                WeDidStatus.PLANNED, LocalDate.of(2027, 1, 1)));
        await().untilAsserted(() -> assertThat(of(member)).extracting(NotificationDetails::messageKey)
                .contains("notification.we-did-updated"));
        assertThat(of(outsider)).isEmpty();
    }

    private List<NotificationDetails> of(UserSummary user) {
        return as(user, () -> notifications.myNotifications(0, 50));
    }
}
