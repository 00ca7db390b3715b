package org.tellus.response.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.tellus.abuse.AbuseProtection;
import org.tellus.abuse.BotCheck;
import org.tellus.abuse.BotProof;
import org.tellus.abuse.ClientAddress;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.CurrentUser;
import org.tellus.base.ui.Formats;
import org.tellus.base.ui.Language;
import org.tellus.consultation.LocalisedConsultation;
import org.tellus.base.ui.Messages;
import org.tellus.consultation.Audience;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.base.ui.RouteIds;
import org.tellus.base.ui.RouteLinks;
import org.tellus.consultation.ConsultationStatus;
import org.tellus.plan.PlanService;
import org.tellus.response.Channel;
import org.tellus.response.InvalidAnswersException;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionReceipt;

/** A consultation as a resident sees it: what it is about, and the questions while it is open. */
@Route("consultations/:id")
@AnonymousAllowed
public class ConsultationPageView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    public static final String ID = "id";
    /** The query parameter of a language the resident chose for this consultation. */
    public static final String LANGUAGE = "language";

    private final ConsultationService consultations;
    private final ResponseService responses;
    private final PlanService plan;
    private final AbuseProtection abuse;
    private String title = "";
    private String language = Language.ENGLISH.tag();

    public ConsultationPageView(ConsultationService consultations, ResponseService responses, PlanService plan,
                                AbuseProtection abuse) {
        this.consultations = consultations;
        this.responses = responses;
        this.plan = plan;
        this.abuse = abuse;
        addClassName("tellus-page");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        // A language chosen on this page (?language=cy) wins over the page's own (decision 035).
        String asked = event.getLocation().getQueryParameters().getSingleParameter(LANGUAGE)
                .flatMap(Language::ofTag).or(() -> Language.of(getLocale())).orElse(Language.ENGLISH).tag();
        RouteIds.load(event, id -> consultations.publicConsultation(id, asked))
                .ifPresent(localised -> render(localised, asked));
    }

    private void render(LocalisedConsultation localised, String asked) {
        ConsultationDetails consultation = localised.details();
        language = localised.language();
        title = consultation.title();
        removeAll();
        add(inConsultationLanguage(new H1(consultation.title())));
        add(new ConsultationLanguages(localised, asked));
        if (consultation.audience() == Audience.NETWORKS) {
            add(new Paragraph(getTranslation("audience.network-survey")));
        }
        consultation.summaryParagraphs().forEach(p -> add(inConsultationLanguage(new Paragraph(p))));
        if (consultation.status() == ConsultationStatus.RESULTS_PUBLISHED) {
            add(new H2(getTranslation("consultation.page.results")));
            consultation.resultsSummary().lines().filter(l -> !l.isBlank()).forEach(l -> add(new Paragraph(l)));
            Anchor results = RouteLinks.to(getTranslation("consultation.page.results-link"),
                    "consultations/" + consultation.id() + "/results");
            results.addClassName("tellus-underlined"); // in a paragraph: told apart by more than its colour
            add(new Paragraph(results));
        }
        if (consultations.acceptsAnswers(consultation)) {
            if (consultation.closesOn() != null) {
                add(new Paragraph(getTranslation("open.closes", Formats.date(consultation.closesOn(), getLocale()))));
            }
            add(form(consultation));
        } else {
            Paragraph closed = new Paragraph(getTranslation("consultation.closed"));
            closed.getElement().setAttribute("role", "status");
            add(closed);
        }
    }

    private Div form(ConsultationDetails consultation) {
        QuestionnaireForm form = new QuestionnaireForm(consultation, plan.activeAreas());
        form.questionWrappers().forEach(this::inConsultationLanguage);
        boolean signedIn = CurrentUser.email().isPresent();
        if (signedIn) {
            responses.myDraft(consultation.id()).ifPresent(draft -> {
                form.restore(draft);
                add(new Paragraph(getTranslation("answer.draft-restored")));
            });
        }
        HearBackField hearBack = new HearBackField(signedIn);
        Button submit = new Button(getTranslation("answer.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        // Stops a double click sending twice; the submission key makes a resend harmless anyway.
        submit.setDisableOnClick(true);
        // Anonymous answers pass the bot check and the rate limits first (decision 032); signed-in ones do not need to.
        BotCheck botCheck = signedIn ? null : new BotCheck(abuse);
        submit.addClickListener(e -> {
            if (!hearBack.check()) {
                submit.setEnabled(true);
                return;
            }
            try {
                String origin = abuse.admitAnswer(consultation.id(), ClientAddress.current(),
                        botCheck == null ? BotProof.none() : botCheck.proof());
                SubmissionReceipt receipt = responses.submit(form.request(Channel.ONLINE).withHearBack(hearBack.value())
                        .withLanguage(language), origin);
                getUI().ifPresent(ui -> ui.navigate(ConfirmationView.class,
                        new RouteParameters(ConfirmationView.REFERENCE, receipt.reference())));
            } catch (InvalidAnswersException invalid) {
                form.showErrors(invalid.errors());
                Messages.error(this, invalid);
            } catch (TranslatableException refused) {
                Messages.error(this, refused);
            } finally {
                submit.setEnabled(true);
                if (botCheck != null) {
                    botCheck.renew(); // a proof is good once; the next try gets a new puzzle
                }
            }
        });
        HorizontalLayout actions = new HorizontalLayout(submit);
        if (signedIn) {
            Button save = new Button(getTranslation("answer.save-draft"), e -> {
                try {
                    responses.saveDraft(form.request(Channel.ONLINE).withLanguage(language));
                    Messages.success(this, "answer.draft-saved");
                } catch (InvalidAnswersException invalid) {
                    form.showErrors(invalid.errors());
                    Messages.error(this, invalid);
                } catch (TranslatableException refused) {
                    Messages.error(this, refused);
                }
            });
            actions.add(save);
        } else {
            actions.add(new Paragraph(getTranslation("answer.sign-in-to-save")));
        }
        return botCheck == null ? new Div(form, hearBack, actions) : new Div(form, hearBack, botCheck, actions);
    }

    /**
     * Marks a text of the consultation with the language it is shown in, which may not be the page's (the original
     * on a page in a language it is not offered in), so screen readers pronounce it right (WCAG 3.1.2).
     */
    private <C extends Component> C inConsultationLanguage(C component) {
        component.getElement().setAttribute("lang", language);
        Language.ofTag(language).ifPresent(l -> component.getElement().setAttribute("dir", l.rightToLeft() ? "rtl" : "ltr"));
        return component;
    }

    @Override
    public String getPageTitle() {
        return title + " | " + getTranslation("app.name");
    }
}
