package org.tellus.consultation;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.RunAs;
import org.tellus.base.security.SystemTask;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;
import org.tellus.response.ResponseService;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.tellus.network.NetworkFixtures.as;

/** A survey for one network: its members see and answer it; nobody else can list, open or answer it. */
@IntegrationTest
class NetworkSurveyTest {

    @Autowired
    ConsultationService consultations;
    @Autowired
    ResponseService responses;
    @Autowired
    NetworkService networks;
    @Autowired
    AccountService accounts;

    UserSummary member;
    UserSummary outsider;
    UserSummary otherNetworkMember;
    UserSummary officer;
    NetworkDetails network;
    NetworkDetails otherNetwork;
    ConsultationDetails survey;

    @BeforeEach
    void aSurveyForOneNetwork() {
        member = NetworkFixtures.user(accounts, Roles.RESIDENT);
        outsider = NetworkFixtures.user(accounts, Roles.RESIDENT);
        otherNetworkMember = NetworkFixtures.user(accounts, Roles.RESIDENT);
        officer = NetworkFixtures.user(accounts, Roles.OFFICER);
        network = NetworkFixtures.network(networks, Visibility.INVITATION_ONLY, null);
        otherNetwork = NetworkFixtures.network(networks, Visibility.OPEN, null);
        SystemTask.runAs(Roles.ADMIN, () -> {
            networks.addMember(network.id(), member.id());
            networks.addMember(otherNetwork.id(), otherNetworkMember.id());
        });
        survey = NetworkSurveyFixtures.open(consultations, "Carers' survey", Set.of(network.id()));
    }

    @Test
    void membersListOpenAndAnswerIt() {
        as(member, () -> {
            assertThat(consultations.openConsultations()).extracting(ConsultationDetails::id).contains(survey.id());
            assertThat(consultations.publicConsultation(survey.id()).audience()).isEqualTo(Audience.NETWORKS);
            assertThat(consultations.surveysForNetwork(network.id())).extracting(ConsultationDetails::id).containsExactly(survey.id());
            responses.saveDraft(NetworkSurveyFixtures.answer(survey, "Half done"));
            assertThat(responses.submit(NetworkSurveyFixtures.answer(survey, "Respite care")).reference()).isNotBlank();
        });
    }

    @Test
    void aSignedInNonMemberCannotListOpenOrAnswerIt() {
        refusedFor(outsider);
    }

    @Test
    void aMemberOfAnotherNetworkCannotListOpenOrAnswerIt() {
        refusedFor(otherNetworkMember);
        as(otherNetworkMember, () -> assertThat(consultations.surveysForNetwork(otherNetwork.id())).isEmpty());
    }

    @Test
    void anOfficerManagesItButDoesNotSeeItAsAResident() {
        as(officer, () -> {
            assertThat(consultations.allConsultations()).extracting(ConsultationDetails::id).contains(survey.id());
            assertThat(consultations.form(survey.id()).getNetworkIds()).containsExactly(network.id());
            assertThat(networks.surveyAudiences()).containsKey(network.id());
        });
        refusedFor(officer);
    }

    @Test
    void anonymousVisitorsNeverSeeIt() {
        RunAs.authentication(new AnonymousAuthenticationToken("key", "anonymous",
                AuthorityUtils.createAuthorityList("ROLE_ANONYMOUS")), () -> {
            assertThat(consultations.openConsultations()).extracting(ConsultationDetails::id).doesNotContain(survey.id());
            assertThatThrownBy(() -> consultations.publicConsultation(survey.id())).hasMessage("consultation.not-found");
            assertThatThrownBy(() -> responses.submit(NetworkSurveyFixtures.answer(survey, "x"))).hasMessage("consultation.not-found");
            assertThatThrownBy(() -> consultations.surveysForNetwork(network.id())).isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> networks.surveyAudiences()).isInstanceOf(AccessDeniedException.class);
        });
    }

    @Test
    void residentsMayNotListTheNetworksAnOfficerCanAddress() {
        as(member, () -> assertThatThrownBy(() -> networks.surveyAudiences()).isInstanceOf(AccessDeniedException.class));
    }

    @Test
    void publishedResultsAreForMembersOnly() {
        SystemTask.runAs(Roles.OFFICER, () -> {
            consultations.close(survey.id());
            consultations.publishResults(survey.id(), "You said, we did.");
        });
        as(member, () -> {
            assertThat(consultations.publishedResults()).extracting(ConsultationDetails::id).contains(survey.id());
            assertThat(consultations.publicConsultation(survey.id()).resultsSummary()).isEqualTo("You said, we did.");
        });
        as(outsider, () -> {
            assertThat(consultations.publishedResults()).extracting(ConsultationDetails::id).doesNotContain(survey.id());
            assertThatThrownBy(() -> consultations.publicConsultation(survey.id())).hasMessage("consultation.not-found");
        });
    }

    @Test
    void aClosedSurveyIsListedForMembersOnlyWithOrWithoutResults() {
        SystemTask.runAs(Roles.OFFICER, () -> consultations.close(survey.id()));
        as(member, () -> assertThat(consultations.closedConsultations()).filteredOn(c -> c.id() == survey.id())
                .singleElement().extracting(ConsultationDetails::status).isEqualTo(ConsultationStatus.CLOSED));
        as(outsider, () -> assertThat(consultations.closedConsultations()).extracting(ConsultationDetails::id)
                .doesNotContain(survey.id()));
        SystemTask.runAs(Roles.OFFICER, () -> consultations.publishResults(survey.id(), "You said, we did."));
        as(member, () -> assertThat(consultations.closedConsultations()).filteredOn(c -> c.id() == survey.id())
                .singleElement().extracting(ConsultationDetails::status).isEqualTo(ConsultationStatus.RESULTS_PUBLISHED));
    }

    @Test
    void aLeaverLosesTheSurvey() {
        as(member, () -> networks.leave(network.id()));
        refusedFor(member);
    }

    @Test
    void afterTheFirstAnswerTheAudienceOnlyWidens() {
        as(member, () -> responses.submit(NetworkSurveyFixtures.answer(survey, "First")));
        SystemTask.runAs(Roles.OFFICER, () -> {
            ConsultationForm narrower = consultations.form(survey.id()).forNetworks(Set.of(otherNetwork.id()));
            assertThatThrownBy(() -> consultations.update(survey.id(), narrower)).hasMessage("consultation.locked.audience");
            ConsultationForm wider = consultations.form(survey.id()).forNetworks(Set.of(network.id(), otherNetwork.id()));
            consultations.update(survey.id(), wider);
            consultations.update(survey.id(), consultations.form(survey.id()).forNetworks(Set.of()));
            assertThat(consultations.consultation(survey.id()).audience()).isEqualTo(Audience.PUBLIC);
            ConsultationForm backToNetworks = consultations.form(survey.id()).forNetworks(Set.of(network.id()));
            assertThatThrownBy(() -> consultations.update(survey.id(), backToNetworks)).hasMessage("consultation.locked.audience");
        });
        as(outsider, () -> assertThat(consultations.publicConsultation(survey.id()).id()).isEqualTo(survey.id()));
    }

    @Test
    void aNetworkAudienceNeedsANetwork() {
        SystemTask.runAs(Roles.OFFICER, () -> {
            ConsultationForm form = consultations.form(survey.id());
            form.setAudience(Audience.NETWORKS);
            form.setNetworkIds(Set.of());
            assertThatThrownBy(() -> consultations.update(survey.id(), form)).hasMessage("consultation.audience.no-networks");
        });
    }

    private void refusedFor(UserSummary user) {
        as(user, () -> {
            assertThat(consultations.openConsultations()).extracting(ConsultationDetails::id).doesNotContain(survey.id());
            assertThat(consultations.surveysForNetwork(network.id())).isEmpty();
            assertThatThrownBy(() -> consultations.publicConsultation(survey.id())).hasMessage("consultation.not-found");
            assertThatThrownBy(() -> responses.submit(NetworkSurveyFixtures.answer(survey, "x"))).hasMessage("consultation.not-found");
            assertThatThrownBy(() -> responses.saveDraft(NetworkSurveyFixtures.answer(survey, "x"))).hasMessage("consultation.not-found");
        });
    }
}
