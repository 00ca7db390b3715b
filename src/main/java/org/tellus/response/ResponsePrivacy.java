package org.tellus.response;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import org.tellus.account.AccountService;
import org.tellus.base.security.Roles;
import org.tellus.consultation.ConsultationService;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

/**
 * Residents' rights over their responses (decision 031): their data to download, erasure (of a signed-in person's
 * responses, or of one response by its confirmation reference), and retention of a consultation's personal data.
 * Every change goes through the tables' own rows, so the insight summary's triggers see it and recount.
 */
@Service
@Transactional(readOnly = true)
public class ResponsePrivacy {

    private final ResponseRepository responses;
    private final AccountService accounts;
    private final ConsultationService consultations;
    private final JdbcClient jdbc;

    ResponsePrivacy(ResponseRepository responses, AccountService accounts, ConsultationService consultations,
                    JdbcClient jdbc) {
        this.responses = responses;
        this.accounts = accounts;
        this.consultations = consultations;
        this.jdbc = jdbc;
    }

    /** The signed-in person's responses and drafts, with every answer. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<ResponseData> myResponses() {
        long me = me();
        Map<Long, String> titles = new HashMap<>();
        Map<Long, String> prompts = new HashMap<>();
        return responses.findByRespondentIdOrderByIdAsc(me).stream().map(r -> new ResponseData(r.consultationId(),
                titles.computeIfAbsent(r.consultationId(), consultations::publicTitle), r.reference(), r.isSubmitted(),
                r.channel().name(), r.submittedAt(), r.areaId(), r.consentToQuote(),
                r.answers().stream().map(Answer::input).map(a -> new ResponseData.AnswerData(a.questionId(),
                        prompts.computeIfAbsent(a.questionId(), this::prompt), a.text(), a.number(), a.optionIds(),
                        a.otherText())).toList(), r.equality())).toList();
    }

    /**
     * Erasure of the signed-in person's responses, before their account goes: drafts deleted, submitted responses
     * anonymised, and their name taken off responses they entered for others. Returns how many were anonymised.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public int anonymiseMine() {
        long me = me();
        int anonymised = 0;
        for (Response response : responses.findByRespondentIdOrderByIdAsc(me)) {
            if (response.isSubmitted()) {
                anonymise(response);
                anonymised++;
            } else {
                responses.delete(response);
            }
        }
        responses.flush();
        jdbc.sql("UPDATE response SET entered_by_id = NULL WHERE entered_by_id = ?").params(me).update();
        return anonymised;
    }

    /**
     * Anyone holding a response's confirmation reference (shown once, after submitting) may have it anonymised, as
     * a signed-in person's are on erasure. False when no submitted response has that reference.
     */
    @PreAuthorize(Roles.ANYONE)
    @Transactional
    public boolean eraseByReference(String reference) {
        if (reference == null || reference.isBlank()) {
            return false;
        }
        return responses.findByReference(reference.strip().toUpperCase(java.util.Locale.ROOT))
                .filter(Response::isSubmitted).map(r -> {
                    anonymise(r);
                    responses.flush();
                    return true;
                }).orElse(false);
    }

    /**
     * Retention of one consultation: its equality answers, the links from its responses to residents' accounts (and
     * the address hashes they came from) and its unsubmitted drafts go. Run again, it finds nothing more to remove.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional
    public RetentionOutcome applyRetention(long consultationId) {
        // Row by row through the tables themselves, so the summary's triggers log every equality answer removed.
        int equality = jdbc.sql("DELETE e FROM response_equality e JOIN response r ON r.id = e.response_id "
                + "WHERE r.consultation_id = ?").params(consultationId).update();
        int links = jdbc.sql("UPDATE response SET respondent_id = NULL WHERE consultation_id = ? "
                + "AND status IN ('SUBMITTED', 'EXCLUDED') AND respondent_id IS NOT NULL").params(consultationId).update();
        // the keyed hashes of the addresses answers came from, kept to spot floods (decision 032), go with them
        jdbc.sql("UPDATE response SET origin_key = NULL WHERE consultation_id = ? AND origin_key IS NOT NULL")
                .params(consultationId).update();
        int drafts = jdbc.sql("DELETE FROM response WHERE consultation_id = ? AND status = 'DRAFT'")
                .params(consultationId).update();
        return new RetentionOutcome(equality, links, drafts);
    }

    private void anonymise(Response response) {
        Set<Long> freeText = new HashSet<>(jdbc.sql("SELECT question_id FROM question_text WHERE consultation_id = ? "
                + "AND type = 'FREE_TEXT'").params(response.consultationId()).query(Long.class).list());
        response.anonymise(freeText, References.unused(responses::existsByReference), "erased-" + UUID.randomUUID());
    }

    private String prompt(long questionId) {
        return jdbc.sql("SELECT prompt FROM question_text WHERE question_id = ?").params(questionId)
                .query(String.class).optional().orElse("");
    }

    private long me() {
        return accounts.currentUserId().orElseThrow(() -> new AccessDeniedException("No account"));
    }
}
