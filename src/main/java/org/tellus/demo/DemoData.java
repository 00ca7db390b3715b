package org.tellus.demo;

import org.apache.commons.csv.CSVFormat;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.tellus.account.AccountService;
import org.tellus.base.DemoMode;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationForm;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.EqualityMonitoring;
import org.tellus.consultation.QuestionDetails;
import org.tellus.consultation.QuestionForm;
import org.tellus.consultation.QuestionType;
import org.tellus.plan.AreaSummary;
import org.tellus.plan.PlanService;
import org.tellus.plan.PrioritySummary;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.ImportedResponse;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionRequest;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

/**
 * The demo: one user per role, an open "Tell us your priorities" consultation with every kind of question, and
 * a few dozen responses whose words are real public comments (bg2050, CC BY 4.0, credited on every response).
 * On by default with the embedded database, off with an external one; {@code TELLUS_DEMO_DATA} overrides.
 * Runs once: it does nothing when the demo consultation exists.
 */
@Component
@Order(2)
class DemoData implements ApplicationRunner {

    static final String TITLE = "Tell us your priorities";
    static final String ATTRIBUTION = "Bowling Green 2050 conversation. Data was gathered using the Polis software "
            + "(compdemocracy.org/polis) and is sub-licensed under CC BY 4.0 with Attribution to The Computational "
            + "Democracy Project.";
    static final int RESPONSES = 36;
    /** The same file the tagger ships for its cold start; its licence and credit are in ATTRIBUTION.txt beside it. */
    static final String PUBLIC_COMMENTS = "tagging/starter/bg2050.csv";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private final AccountService accounts;
    private final ConsultationService consultations;
    private final ResponseService responses;
    private final PlanService plan;
    private final DemoMode demoMode;
    private final Clock clock;

    DemoData(AccountService accounts, ConsultationService consultations, ResponseService responses, PlanService plan,
             DemoMode demoMode, Clock clock) {
        this.accounts = accounts;
        this.consultations = consultations;
        this.responses = responses;
        this.plan = plan;
        this.demoMode = demoMode;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (demoMode.enabled()) {
            SystemTask.runAs(Roles.ADMIN, this::load);
        }
    }

    private void load() {
        accounts.ensureUser("resident@tellus.demo", "Riley Resident", "resident-demo-2026", Set.of(Roles.RESIDENT));
        accounts.ensureUser("facilitator@tellus.demo", "Farah Facilitator", "facilitator-demo-2026",
                Set.of(Roles.RESIDENT, Roles.FACILITATOR));
        accounts.ensureUser("officer@tellus.demo", "Olu Officer", "officer-demo-2026", Set.of(Roles.OFFICER));
        accounts.ensureUser("admin@tellus.demo", "Ada Administrator", "admin-demo-2026", Set.of(Roles.ADMIN));
        if (consultations.allConsultations().stream().anyMatch(c -> c.title().equals(TITLE))) {
            return;
        }
        ConsultationDetails consultation = createConsultation();
        List<ImportedResponse> rows = demoResponses(consultation);
        responses.importAll(consultation.id(), rows, done -> { });
        log.info("Demo data loaded: consultation '{}' with {} responses", TITLE, rows.size());
    }

    private ConsultationDetails createConsultation() {
        LocalDate today = LocalDate.now(clock);
        ConsultationDetails c = consultations.create(ConsultationForm.of(TITLE,
                "The council is writing its plan for the next three years, and we want it shaped by what matters to you.\n\n"
                        + "Tell us what you would change, what you value and what worries you. It takes about five minutes. "
                        + "You can answer as much or as little as you like, apart from the questions marked as required.",
                today.minusDays(30), today.plusYears(1), true));
        long id = c.id();
        QuestionForm priorities = QuestionForm.of(QuestionType.FREE_TEXT,
                "What is the one thing that would most improve life in the borough, and why?", true);
        priorities.setMaxLength(2000);
        consultations.addQuestion(id, priorities);
        consultations.addQuestion(id, QuestionForm.of(QuestionType.SINGLE_CHOICE,
                "How do you feel about your neighbourhood as a place to live?", true,
                "Very satisfied", "Fairly satisfied", "Neither satisfied nor dissatisfied", "Fairly dissatisfied",
                "Very dissatisfied"));
        QuestionForm services = QuestionForm.of(QuestionType.MULTIPLE_CHOICE,
                "Which council services have you used in the last year?", false,
                "Libraries", "Parks and leisure centres", "Bins and recycling", "Adult social care",
                "Schools and children's services", "Housing advice");
        services.setAllowOther(true);
        consultations.addQuestion(id, services);
        QuestionForm rating = QuestionForm.of(QuestionType.RATING,
                "How well do you think the council listens to residents?", true);
        rating.setScaleMin(1);
        rating.setScaleMax(5);
        rating.setScaleMinLabel("Not at all well");
        rating.setScaleMaxLabel("Very well");
        consultations.addQuestion(id, rating);
        String[] boroughPriorities = plan.priorities().stream().limit(9).map(PrioritySummary::name).toArray(String[]::new);
        QuestionForm ranking = QuestionForm.of(QuestionType.RANKING,
                "Put the borough plan's priorities in order, most important to you first", false, boroughPriorities);
        consultations.addQuestion(id, ranking);
        consultations.addQuestion(id, QuestionForm.of(QuestionType.AREA, "Which ward do you live in?", false));
        QuestionForm anythingElse = QuestionForm.of(QuestionType.FREE_TEXT, "Is there anything else you want to tell us?", false);
        anythingElse.setMaxLength(4000);
        consultations.addQuestion(id, anythingElse);
        return consultations.open(id);
    }

    private List<ImportedResponse> demoResponses(ConsultationDetails consultation) {
        List<String> comments = publicComments();
        List<AreaSummary> areas = plan.areas();
        Random random = new Random(2050);
        Channel[] channels = {Channel.ONLINE, Channel.ONLINE, Channel.ONLINE, Channel.ONLINE, Channel.PAPER,
                Channel.PHONE, Channel.EVENT};
        List<ImportedResponse> rows = new ArrayList<>();
        for (int i = 0; i < RESPONSES && i < comments.size(); i++) {
            List<AnswerInput> answers = new ArrayList<>();
            for (QuestionDetails q : consultation.questions()) {
                AnswerInput answer = switch (q.type()) {
                    case FREE_TEXT -> q.position() == 0 ? AnswerInput.text(q.id(), comments.get(i)) : null;
                    case SINGLE_CHOICE -> AnswerInput.options(q.id(),
                            List.of(q.options().get(random.nextInt(q.options().size())).id()), null);
                    case MULTIPLE_CHOICE -> AnswerInput.options(q.id(), q.options().stream()
                            .filter(o -> random.nextInt(3) == 0).map(o -> o.id()).toList(), null);
                    case RATING -> AnswerInput.number(q.id(), q.scaleMin() + random.nextInt(q.scaleMax() - q.scaleMin() + 1));
                    case RANKING -> {
                        List<Long> order = new ArrayList<>(q.options().stream().map(o -> o.id()).toList());
                        java.util.Collections.shuffle(order, random);
                        yield AnswerInput.options(q.id(), order, null);
                    }
                    case AREA -> random.nextInt(5) == 0 ? null
                            : AnswerInput.text(q.id(), areas.get(random.nextInt(areas.size())).id());
                };
                if (answer != null) {
                    answers.add(answer);
                }
            }
            Map<String, String> equality = new LinkedHashMap<>();
            EqualityMonitoring.ITEMS.forEach((item, options) -> {
                if (random.nextInt(4) > 0) {
                    equality.put(item, options.get(random.nextInt(options.size())));
                }
            });
            SubmissionRequest request = new SubmissionRequest(consultation.id(), "demo-" + i, answers, equality,
                    random.nextInt(3) > 0, channels[random.nextInt(channels.length)]);
            rows.add(new ImportedResponse(request, clock.instant().minus(Duration.ofHours(6L * (RESPONSES - i) + random.nextInt(6))),
                    ATTRIBUTION));
        }
        return rows;
    }

    /** Comments with something to say (at least eight words), in file order so the demo is the same each time. */
    private static List<String> publicComments() {
        CSVFormat format = CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader in = new InputStreamReader(new ClassPathResource(PUBLIC_COMMENTS).getInputStream(),
                StandardCharsets.UTF_8)) {
            return format.parse(in).stream().map(r -> r.get("text").strip())
                    .filter(t -> t.split("\\s+").length >= 8).toList();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read the demo comments", e);
        }
    }
}
