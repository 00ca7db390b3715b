package org.tellus.privacy.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.account.ui.LoginView;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;
import org.tellus.network.forum.ForumService;
import org.tellus.network.forum.ForumThread;
import org.tellus.network.forum.ui.ForumView;
import org.tellus.network.forum.ui.ThreadView;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.privacy.PrivacyNotice;
import org.tellus.privacy.PrivacyService;
import org.tellus.privacy.RetentionRule;
import org.tellus.privacy.RetentionService;
import org.tellus.response.ResponseService;

import java.util.Map;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Each privacy page for whom it is meant, and refused to whom it is not. */
@IntegrationTest
class PrivacyViewsTest extends SpringBrowserlessTest {

    static final String ERASER = "privacy-view-eraser@example.org";
    static final String ADMIN = "privacy-view-admin@example.org";
    static final String READER = "privacy-view-reader@example.org";

    @Autowired
    PrivacyService privacy;
    @Autowired
    RetentionService retention;
    @Autowired
    AccountService accounts;
    @Autowired
    ConsultationService consultations;
    @Autowired
    ResponseService responses;
    @Autowired
    JdbcTemplate jdbc;
    @Autowired
    NetworkService networks;
    @Autowired
    ForumService forum;

    private Object viewAt(String route) {
        try {
            navigate(route, PrivacyNoticeView.class);
        } catch (IllegalArgumentException rerouted) {
            // The browserless API reports a reroute this way; the view shown is what matters.
        }
        return getCurrentView();
    }

    private String text() {
        return getCurrentView().getElement().getTextRecursively();
    }

    @Test
    @WithAnonymousUser
    void anyoneReadsTheNoticeWithTheWaysToUseTheirRights() {
        navigate(PrivacyNoticeView.class);
        String expected = privacy.notice().map(PrivacyNotice::text).orElse("Tellus is run by the council");
        assertThat(text()).contains("Privacy notice", expected.lines().findFirst().orElseThrow(), "Your rights");
        assertThat($(Anchor.class).all()).extracting(Anchor::getHref).contains(MyDataView.ROUTE, ResponseErasureView.ROUTE);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsSentToSignInFromMyDataAndAdminPages() {
        assertThat(viewAt(MyDataView.ROUTE)).isInstanceOf(LoginView.class);
        assertThat(viewAt("admin/privacy-notice")).isInstanceOf(LoginView.class);
        assertThat(viewAt("admin/retention")).isInstanceOf(LoginView.class);
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.OFFICER})
    void neitherResidentsNorOfficersOpenTheAdministratorsPages() {
        assertThat(viewAt("admin/privacy-notice")).isNotInstanceOf(PrivacyNoticeEditorView.class);
        assertThat(viewAt("admin/retention")).isNotInstanceOf(RetentionView.class);
    }

    @Test
    @WithMockUser(username = ERASER, roles = Roles.RESIDENT)
    void aResidentDownloadsTheirDataAndErasesTheirAccountOnlyWithTheirOwnEmail() {
        long id = Fixtures.namedUser(accounts, ERASER, Roles.RESIDENT).id();
        navigate(MyDataView.class);
        assertThat($(Anchor.class).id("download-my-data").getHref()).isNotBlank();

        test($(EmailField.class).id("erase-confirm")).setValue("not-me@example.org");
        test($(Button.class).id("erase-account")).click();
        assertThat(accountExists(id)).isTrue();

        test($(EmailField.class).id("erase-confirm")).setValue(ERASER);
        test($(Button.class).id("erase-account")).click();
        assertThat(accountExists(id)).isFalse();
    }

    @Test
    @WithAnonymousUser
    void anAnonymousResidentFindsTheirResponseThenErasesIt() {
        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "View erase " + UUID.randomUUID());
        String reference = SystemTask.runAs(Roles.RESIDENT, () -> responses.submit(
                org.tellus.privacy.PrivacyFixture.request(c, "Words to erase", false))).reference();
        navigate(ResponseErasureView.class);

        test($(TextField.class).id("erase-reference")).setValue("TU-0000-0000");
        test($(Button.class).id("find-response")).click();
        assertThat(text()).contains("No response has this reference");

        test($(TextField.class).id("erase-reference")).setValue(reference.toLowerCase());
        test($(Button.class).id("find-response")).click();
        assertThat(text()).contains("Found: your response to \"" + c.title() + "\"");
        test($(Button.class).id("confirm-erase-response")).click();

        assertThat(text()).contains("Your response is erased.");
        assertThat(responses.receipt(reference)).isEmpty();
    }

    @Test
    @WithMockUser(username = ADMIN, roles = Roles.ADMIN)
    void anAdministratorEditsTheNoticeAndSetsARetentionRule() {
        Fixtures.namedUser(accounts, ADMIN, Roles.ADMIN);
        navigate(PrivacyNoticeEditorView.class);
        String notice = "The council's notice " + UUID.randomUUID();
        test($(TextArea.class).single()).setValue(notice);
        test($(Button.class).withText("Save the notice").single()).click();
        assertThat(privacy.notice()).map(PrivacyNotice::text).contains(notice);

        ConsultationDetails c = Fixtures.openConsultationWithEveryQuestionType(consultations, "View rule " + UUID.randomUUID());
        navigate(RetentionView.class);
        @SuppressWarnings("unchecked")
        ComboBox<ConsultationDetails> consultation = $(ComboBox.class).single();
        test(consultation).selectItem(c.title());
        test($(IntegerField.class).single()).setValue(6);
        test($(Button.class).withText("Save the rule").single()).click();

        assertThat(retention.rules()).filteredOn(r -> r.consultationId() == c.id()).extracting(RetentionRule::months)
                .containsExactly(6);
        @SuppressWarnings("unchecked")
        Grid<RetentionRule> grid = $(Grid.class).single();
        assertThat(test(grid).size()).isEqualTo(retention.rules().size());
        assertThat($(Paragraph.class).all()).isNotEmpty();
    }

    @Test
    @WithMockUser(username = READER, roles = Roles.RESIDENT)
    void anErasedAuthorsPostSaysItWasRemovedAtTheirRequest() {
        UserSummary reader = Fixtures.namedUser(accounts, READER, Roles.RESIDENT);
        UserSummary author = NetworkFixtures.user(accounts, Roles.RESIDENT);
        NetworkDetails network = NetworkFixtures.network(networks, Visibility.OPEN, null);
        SystemTask.runAs(Roles.ADMIN, () -> {
            networks.addMember(network.id(), reader.id());
            networks.addMember(network.id(), author.id());
        });
        ForumThread thread = NetworkFixtures.as(author, () -> forum.startThread(network.id(), "Erased author's thread",
                "Words of someone who leaves"));
        NetworkFixtures.as(reader, () -> forum.reply(thread.id(), "A reply that stays"));
        NetworkFixtures.as(author, () -> privacy.eraseMyAccount(author.email()));

        navigate(ThreadView.class, Map.of(ForumView.SLUG, network.slug(), ThreadView.THREAD, Long.toString(thread.id())));

        assertThat(text()).contains("This post was removed at the author's request.", "Replies (1)")
                .doesNotContain("Words of someone who leaves");
    }

    private boolean accountExists(long id) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM app_user WHERE id = ?", Integer.class, id) == 1;
    }
}
