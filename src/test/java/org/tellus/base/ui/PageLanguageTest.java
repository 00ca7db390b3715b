package org.tellus.base.ui;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.RunAs;
import org.tellus.base.security.SystemTask;
import org.tellus.response.ui.OpenConsultationsView;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;

/** Pages speak the chosen language: Welsh text for cy, a mirrored page for Urdu, and the account remembers it. */
@IntegrationTest
@WithAnonymousUser
class PageLanguageTest extends SpringBrowserlessTest {

    @Autowired
    PageLanguage pageLanguage;
    @Autowired
    AccountService accounts;

    /** What the page would run in the browser: each script with its arguments, e.g. "document.dir = $0 [rtl]". */
    private static List<String> scripts() {
        return UI.getCurrent().getInternals().dumpPendingJavaScriptInvocations().stream()
                .map(PendingJavaScriptInvocation::getInvocation)
                .map(i -> i.getExpression() + " " + i.getParameters()).toList();
    }

    private static void browserAsksFor(String tag) {
        VaadinSession.getCurrent().setLocale(Locale.forLanguageTag(tag));
        UI.getCurrent().setLocale(Locale.forLanguageTag(tag));
    }

    private UserSummary resident() {
        String email = "lang-" + UUID.randomUUID() + "@example.org";
        return SystemTask.runAs(Roles.ADMIN,
                () -> accounts.ensureUser(email, "Sam", "a long test passphrase", Set.of(Roles.RESIDENT)));
    }

    @Test
    void aPageIsInWelshWhenTheLocaleIsWelsh() {
        browserAsksFor("cy");
        navigate(OpenConsultationsView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Dweud eich dweud");
        assertThat($(SideNavItem.class).all()).extracting(SideNavItem::getLabel).containsExactly("Dweud eich dweud", "Preifatrwydd");
    }

    @Test
    void anUrduPageRunsRightToLeftWithItsLanguageTag() {
        browserAsksFor("ur-PK");
        scripts();
        pageLanguage.apply(UI.getCurrent());
        assertThat(scripts()).contains("document.dir = $0 [rtl]", "document.documentElement.lang = $0 [ur]");
        navigate(OpenConsultationsView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("اپنی رائے دیں");
    }

    @Test
    void anEnglishPageRunsLeftToRight() {
        browserAsksFor("en-GB");
        scripts();
        pageLanguage.apply(UI.getCurrent());
        assertThat(scripts()).contains("document.dir = $0 [ltr]", "document.documentElement.lang = $0 [en-GB]");
    }

    @Test
    void aBrowserAskingForAnotherLanguageGetsEnglish() {
        browserAsksFor("fr");
        navigate(OpenConsultationsView.class);
        assertThat($(H1.class).first().getText()).isEqualTo("Have your say");
        assertThat(PageLanguage.current(UI.getCurrent())).isEqualTo(Language.ENGLISH);
    }

    @Test
    void theMenuNamesEachLanguageInItselfAndMarksTheDrafts() {
        browserAsksFor("cy");
        navigate(OpenConsultationsView.class);
        LanguageSelector selector = $(LanguageSelector.class).single();
        assertThat(selector.getAriaLabel()).hasValue("Iaith");
        assertThat(selector.getListDataView().getItems().map(Language::nativeName)).containsExactly("English", "Cymraeg", "اردو");
        assertThat(selector.getValue()).isEqualTo(Language.WELSH);
        assertThat(selector.getTooltip().getText()).isEqualTo("Cyfieithiad drafft: mae angen i siaradwr brodorol ei adolygu");
    }

    @Test
    void aSignedInPersonsChoiceIsStoredAndAppliedWhenTheyComeBack() {
        UserSummary sam = resident();
        navigate(OpenConsultationsView.class);
        RunAs.user(sam.email(), sam.roles(), () -> {
            pageLanguage.choose(UI.getCurrent(), Language.URDU);
            return null;
        });
        assertThat(RunAs.user(sam.email(), sam.roles(), accounts::currentUser))
                .hasValueSatisfying(u -> assertThat(u.language()).isEqualTo("ur"));
        // The page is built again, now in Urdu and mirrored.
        assertThat($(H1.class).first().getText()).isEqualTo("اپنی رائے دیں");
        assertThat(scripts()).contains("document.dir = $0 [rtl]");

        // A new session (another browser, no cookie) asking for English: the account's choice wins once Sam signs in.
        VaadinSession.getCurrent().setAttribute(PageLanguage.APPLIED_FOR, null);
        browserAsksFor("en");
        RunAs.user(sam.email(), sam.roles(), () -> {
            pageLanguage.apply(UI.getCurrent());
            return null;
        });
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.forLanguageTag("ur"));
        assertThat(scripts()).contains("document.dir = $0 [rtl]");
    }

    @Test
    void aDatePickersCalendarIsInThePagesLanguage() {
        browserAsksFor("cy");
        DatePicker.DatePickerI18n welsh = ComponentTexts.localised(new DatePicker()).getI18n();
        assertThat(welsh.getMonthNames()).startsWith("Ionawr", "Chwefror");
        assertThat(welsh.getToday()).isEqualTo("Heddiw");
        assertThat(welsh.getFirstDayOfWeek()).isEqualTo(1);
    }
}
