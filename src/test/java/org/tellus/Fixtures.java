package org.tellus;

import org.tellus.account.AccountService;
import org.tellus.account.UserSummary;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationForm;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionForm;
import org.tellus.consultation.QuestionDetails;
import org.tellus.consultation.QuestionType;
import org.tellus.response.AnswerInput;
import org.tellus.response.Channel;
import org.tellus.response.HearBack;
import org.tellus.response.ResponseService;
import org.tellus.response.SubmissionRequest;

import org.springframework.jdbc.core.JdbcTemplate;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/** Consultations built through the real service, for tests that need one. */
public final class Fixtures {

    private Fixtures() {
    }

    /**
     * The test's own user with this email (the one a test's {@code @WithMockUser} names: services that record who
     * acted look the account up), made with these roles the first time it is asked for.
     */
    public static UserSummary namedUser(AccountService accounts, String email, String... roles) {
        return SystemTask.runAs(Roles.ADMIN, () -> accounts.ensureUser(email, email.substring(0, email.indexOf('@')),
                "a long test passphrase", Set.of(roles)));
    }

    /**
     * An open consultation with: free text (required, 50 characters), single choice (required), multiple choice
     * with "other", rating 1-5 (required), ranking (optional), area (optional); equality monitoring on.
     */
    public static ConsultationDetails openConsultationWithEveryQuestionType(ConsultationService consultations, String title) {
        return SystemTask.runAs(Roles.OFFICER, () -> {
            ConsultationDetails c = consultations.create(ConsultationForm.of(title, "About it.",
                    LocalDate.now().minusDays(1), LocalDate.now().plusDays(10), true));
            QuestionForm text = QuestionForm.of(QuestionType.FREE_TEXT, "What matters most?", true);
            text.setMaxLength(50);
            consultations.addQuestion(c.id(), text);
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.SINGLE_CHOICE, "Happy here?", true, "Yes", "No"));
            QuestionForm multi = QuestionForm.of(QuestionType.MULTIPLE_CHOICE, "Services used?", false, "Libraries", "Parks");
            multi.setAllowOther(true);
            consultations.addQuestion(c.id(), multi);
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.RATING, "How well do we listen?", true));
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.RANKING, "Rank these", false, "Homes", "Jobs", "Parks"));
            consultations.addQuestion(c.id(), QuestionForm.of(QuestionType.AREA, "Your ward?", false));
            return consultations.open(c.id());
        });
    }

    /**
     * Submits, as a resident, one response to a consultation of {@link #openConsultationWithEveryQuestionType}: this
     * free text, the required answers, and the area when not null. Returns the free-text answer's id.
     */
    public static long submitFreeText(ResponseService responses, JdbcTemplate jdbc, ConsultationDetails c, String text,
                                      String area) {
        return SystemTask.runAs(Roles.RESIDENT, () -> submitFreeText(responses, jdbc, c, text, area, null));
    }

    /**
     * As {@link #submitFreeText(ResponseService, JdbcTemplate, ConsultationDetails, String, String)}, as whoever is
     * signed in now (or nobody), with the "tell me the results" tick when {@code hearBack} is not null.
     */
    public static long submitFreeText(ResponseService responses, JdbcTemplate jdbc, ConsultationDetails c, String text,
                                      String area, HearBack hearBack) {
        List<QuestionDetails> q = c.questions();
        List<AnswerInput> input = new ArrayList<>(List.of(AnswerInput.text(q.get(0).id(), text),
                AnswerInput.options(q.get(1).id(), List.of(q.get(1).options().getFirst().id()), null),
                AnswerInput.number(q.get(3).id(), 3)));
        if (area != null) {
            input.add(AnswerInput.text(q.get(5).id(), area));
        }
        String reference = responses.submit(new SubmissionRequest(c.id(), UUID.randomUUID().toString(), input, Map.of(),
                false, Channel.ONLINE, hearBack)).reference();
        return jdbc.queryForObject("SELECT a.id FROM answer a JOIN response r ON r.id = a.response_id "
                + "WHERE r.reference = ? AND a.question_id = ?", Long.class, reference, q.get(0).id());
    }
}
