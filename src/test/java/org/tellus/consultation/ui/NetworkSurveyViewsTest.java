package org.tellus.consultation.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.router.RouterLink;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.base.ui.NotFoundView;
import org.tellus.consultation.Audience;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.NetworkSurveyFixtures;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;
import org.tellus.network.ui.NetworkPageView;
import org.tellus.response.ui.ConsultationPageView;
import org.tellus.response.ui.OpenConsultationsView;

import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** The officer addresses a survey to a network; its members find it on the network's page; others find nothing. */
@IntegrationTest
class NetworkSurveyViewsTest extends SpringBrowserlessTest {

    static final String RESIDENT = "surveys-member@example.org";
    static final String OUTSIDER = "surveys-outsider@example.org";

    @Autowired
    ConsultationService consultations;
    @Autowired
    NetworkService networks;
    @Autowired
    AccountService accounts;

    private NetworkDetails networkWithTheResident() {
        NetworkDetails network = NetworkFixtures.network(networks, Visibility.OPEN, null);
        long resident = Fixtures.namedUser(accounts, RESIDENT, Roles.RESIDENT).id();
        SystemTask.runAs(Roles.ADMIN, () -> networks.addMember(network.id(), resident));
        return network;
    }

    private Object viewAt(String route) {
        try {
            navigate(route, OpenConsultationsView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }

    private boolean linkShown(String text) {
        // The open consultations list links by RouterLink; the network page's surveys link by route (an Anchor).
        return $(RouterLink.class).withText(text).exists() || $(Anchor.class).withText(text).exists();
    }

    @Test
    @WithMockUser(username = "surveys-officer@example.org", roles = Roles.OFFICER)
    @SuppressWarnings("unchecked")
    void anOfficerSetsTheAudienceToANetwork() {
        NetworkDetails network = NetworkFixtures.network(networks, Visibility.INVITATION_ONLY, null);
        ConsultationDetails draft = NetworkSurveyFixtures.draft(consultations, "Audience " + UUID.randomUUID(), Set.of());
        viewAt("officer/consultations/" + draft.id());
        assertThat($(CheckboxGroup.class).withLabel("Networks").exists()).as("hidden while everyone may answer").isFalse();
        test($(RadioButtonGroup.class).withLabel("Who can answer").single()).selectItem("Members of these networks");
        CheckboxGroup<Long> choices = $(CheckboxGroup.class).withLabel("Networks").single();
        test(choices).selectItem(network.name());
        test($(Button.class).withText("Save").first()).click();
        assertThat(consultations.form(draft.id()).getAudience()).isEqualTo(Audience.NETWORKS);
        assertThat(consultations.form(draft.id()).getNetworkIds()).containsExactly(network.id());
    }

    @Test
    @WithMockUser(username = RESIDENT, roles = Roles.RESIDENT)
    void aMemberFindsTheSurveyOnTheNetworkPageAndInTheOpenList() {
        NetworkDetails network = networkWithTheResident();
        ConsultationDetails survey = NetworkSurveyFixtures.open(consultations, "Members " + UUID.randomUUID(),
                Set.of(network.id()));
        viewAt("networks/" + network.slug());
        assertThat(getCurrentView()).isInstanceOf(NetworkPageView.class);
        assertThat(linkShown(survey.title())).isTrue();
        viewAt("");
        assertThat(linkShown(survey.title())).isTrue();
        assertThat(viewAt("consultations/" + survey.id())).isInstanceOf(ConsultationPageView.class);
        assertThat($(H1.class).withText(survey.title()).exists()).isTrue();
        assertThat($(Paragraph.class).withText("For members of your networks").exists()).isTrue();
    }

    @Test
    @WithMockUser(username = OUTSIDER, roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void aNonMemberGetsPageNotFoundAndNoListing() {
        Fixtures.namedUser(accounts, OUTSIDER, Roles.RESIDENT);
        NetworkDetails network = NetworkFixtures.network(networks, Visibility.OPEN, null);
        ConsultationDetails survey = NetworkSurveyFixtures.open(consultations, "Hidden " + UUID.randomUUID(),
                Set.of(network.id()));
        viewAt("");
        assertThat(linkShown(survey.title())).isFalse();
        viewAt("networks/" + network.slug());
        assertThat(linkShown(survey.title())).isFalse();
        assertThat(viewAt("consultations/" + survey.id())).isInstanceOf(NotFoundView.class);
    }
}
