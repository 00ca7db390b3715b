package org.tellus.response.imports;

import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationForm;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionForm;
import org.tellus.consultation.QuestionType;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/** A consultation of its own for each test, since the test database also holds the demo's. */
public final class ImportFixtures {

    static final String HEADER = "Respondent ID,Timestamp,What matters most to you?,How do you travel?,"
            + "How satisfied are you?,Consent\n";

    private ImportFixtures() {
    }

    public static ConsultationDetails openConsultation(ConsultationService consultations) {
        return SystemTask.runAs(Roles.OFFICER, () -> {
            ConsultationDetails created = consultations.create(ConsultationForm.of(
                    "Import test " + UUID.randomUUID(), "A consultation for import tests.", null, null, false));
            consultations.addQuestion(created.id(), QuestionForm.of(QuestionType.FREE_TEXT, "What matters most to you?", true));
            consultations.addQuestion(created.id(), QuestionForm.of(QuestionType.SINGLE_CHOICE, "How do you travel?",
                    false, "Bus", "Car", "Walking, cycling"));
            consultations.addQuestion(created.id(), QuestionForm.of(QuestionType.RATING, "How satisfied are you?", false));
            return consultations.open(created.id());
        });
    }

    public static byte[] csv(String rows) {
        return (HEADER + rows).getBytes(StandardCharsets.UTF_8);
    }

    /** {@code count} good rows, each different, given a minute apart on 1 February 2026. */
    public static byte[] goodRows(int count) {
        StringBuilder rows = new StringBuilder();
        for (int i = 0; i < count; i++) {
            rows.append(i).append(",2026-02-01T").append(String.format("%02d:%02d", (i / 60) % 24, i % 60))
                    .append(":00Z,\"Row ").append(i).append(": more buses, please\",Bus,").append(1 + i % 5)
                    .append(",yes\n");
        }
        return csv(rows.toString());
    }
}
