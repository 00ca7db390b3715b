package org.tellus.response;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.Fixtures;
import org.tellus.IntegrationTest;
import org.tellus.account.AccountService;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.consultation.QuestionDetails;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ResponseServiceTest {

    @Autowired
    ResponseService responses;
    @Autowired
    ResponseRepository repository;
    @Autowired
    ConsultationService consultations;
    @Autowired
    AccountService accounts;

    private ConsultationDetails consultation() {
        return Fixtures.openConsultationWithEveryQuestionType(consultations, "Survey " + UUID.randomUUID());
    }

    /** A complete, valid response to the fixture consultation. */
    static SubmissionRequest valid(ConsultationDetails c, String key, Channel channel) {
        List<QuestionDetails> q = c.questions();
        return new SubmissionRequest(c.id(), key, List.of(
                AnswerInput.text(q.get(0).id(), "More buses in the evening"),
                AnswerInput.options(q.get(1).id(), List.of(q.get(1).options().get(0).id()), null),
                AnswerInput.options(q.get(2).id(), List.of(q.get(2).options().get(1).id()), "Swimming pool"),
                AnswerInput.number(q.get(3).id(), 4),
                AnswerInput.options(q.get(4).id(), q.get(4).options().reversed().stream().map(o -> o.id()).toList(), null),
                AnswerInput.text(q.get(5).id(), "bramhall-north")),
                Map.of("age-band", "25-34", "disability", "prefer-not"), true, channel);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousResidentSubmitsAndGetsAReference() {
        ConsultationDetails c = consultation();
        SubmissionReceipt receipt = responses.submit(valid(c, UUID.randomUUID().toString(), Channel.ONLINE));
        assertThat(receipt.reference()).matches("TU-[0-9A-Z]{4}-[0-9A-Z]{4}");
        assertThat(receipt.consultationTitle()).isEqualTo(c.title());
        assertThat(responses.receipt(receipt.reference())).contains(receipt);
        assertThat(responses.receipt("TU-NONE-NONE")).isEmpty();
    }

    @Test
    @WithAnonymousUser
    void aResubmissionWithTheSameKeyIsStoredOnce() {
        ConsultationDetails c = consultation();
        String key = UUID.randomUUID().toString();
        SubmissionReceipt first = responses.submit(valid(c, key, Channel.ONLINE));
        SubmissionReceipt again = responses.submit(valid(c, key, Channel.ONLINE));
        assertThat(again.reference()).isEqualTo(first.reference());
        assertThat(repository.countByConsultationIdAndStatus(c.id(), Response.Status.SUBMITTED)).isEqualTo(1);
    }

    @Test
    void simultaneousDoubleClicksStoreOneResponse() throws Exception {
        ConsultationDetails c = consultation();
        String key = UUID.randomUUID().toString();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<String>> clicks = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                clicks.add(() -> SystemTask.runAs(Roles.RESIDENT, () -> responses.submit(valid(c, key, Channel.ONLINE)).reference()));
            }
            List<String> references = new ArrayList<>();
            for (Future<String> f : pool.invokeAll(clicks)) {
                references.add(f.get());
            }
            assertThat(references).containsOnly(references.getFirst());
        } finally {
            pool.shutdown();
        }
        assertThat(repository.countByConsultationIdAndStatus(c.id(), Response.Status.SUBMITTED)).isEqualTo(1);
    }

    @Test
    @WithAnonymousUser
    void badAnswersAreRefusedQuestionByQuestionAndNothingIsStored() {
        ConsultationDetails c = consultation();
        List<QuestionDetails> q = c.questions();
        SubmissionRequest bad = new SubmissionRequest(c.id(), UUID.randomUUID().toString(), List.of(
                AnswerInput.text(q.get(0).id(), "x".repeat(51)),
                AnswerInput.number(q.get(3).id(), 9),
                AnswerInput.text(q.get(5).id(), "atlantis")), Map.of(), false, Channel.ONLINE);
        assertThatThrownBy(() -> responses.submit(bad)).isInstanceOfSatisfying(InvalidAnswersException.class, e -> {
            assertThat(e.errors().get(q.get(0).id()).key()).isEqualTo("response.answer.too-long");
            assertThat(e.errors().get(q.get(1).id()).key()).isEqualTo("response.answer.required");
            assertThat(e.errors().get(q.get(3).id()).key()).isEqualTo("response.answer.out-of-range");
            assertThat(e.errors().get(q.get(5).id()).key()).isEqualTo("response.answer.invalid-area");
        });
        SubmissionRequest badEquality = new SubmissionRequest(c.id(), UUID.randomUUID().toString(),
                valid(c, "k", Channel.ONLINE).answers(), Map.of("age-band", "ancient"), false, Channel.ONLINE);
        assertThatThrownBy(() -> responses.submit(badEquality)).hasMessage("response.equality.invalid");
        assertThat(repository.countByConsultationIdAndStatus(c.id(), Response.Status.SUBMITTED)).isZero();
    }

    @Test
    @WithAnonymousUser
    void aClosedConsultationRefusesAnswers() {
        ConsultationDetails c = consultation();
        SystemTask.runAs(Roles.OFFICER, () -> consultations.close(c.id()));
        assertThatThrownBy(() -> responses.submit(valid(c, UUID.randomUUID().toString(), Channel.ONLINE)))
                .isInstanceOf(TranslatableException.class).hasMessage("consultation.closed");
    }

    @Test
    @WithMockUser(username = "resident@example.org", roles = Roles.RESIDENT)
    void aSignedInResidentSavesADraftAndSubmitsItLater() {
        Fixtures.namedUser(accounts, "resident@example.org", Roles.RESIDENT);
        ConsultationDetails c = consultation();
        QuestionDetails text = c.questions().getFirst();
        String key = UUID.randomUUID().toString();
        responses.saveDraft(new SubmissionRequest(c.id(), key, List.of(AnswerInput.text(text.id(), "Half a thought")),
                Map.of(), false, Channel.ONLINE));
        SubmissionRequest draft = responses.myDraft(c.id()).orElseThrow();
        assertThat(draft.answer(text.id()).text()).isEqualTo("Half a thought");
        assertThat(draft.submissionKey()).isEqualTo(key);

        responses.submit(valid(c, key, Channel.ONLINE));
        assertThat(responses.myDraft(c.id())).isEmpty();
        assertThat(repository.count((root, query, cb) -> cb.equal(root.get("consultationId"), c.id()))).isEqualTo(1);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorIsDeniedDraftsOtherChannelsAndTheResponseList() {
        ConsultationDetails c = consultation();
        assertThatThrownBy(() -> responses.saveDraft(valid(c, "k1", Channel.ONLINE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responses.myDraft(c.id())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responses.submit(valid(c, "k2", Channel.PAPER))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responses.responses(c.id(), ResponseFilter.none(), 0, 10)).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(roles = {Roles.RESIDENT, Roles.FACILITATOR})
    void aResidentIsDeniedAssistedEntryImportsAndReadingResponses() {
        ConsultationDetails c = consultation();
        assertThatThrownBy(() -> responses.enterOnBehalf(valid(c, "k3", Channel.PHONE))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responses.importAll(c.id(), List.of(), n -> { })).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responses.response(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> responses.countResponses(c.id(), ResponseFilter.none())).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "officer@example.org", roles = Roles.OFFICER)
    void anOfficerEntersPaperResponsesAndFiltersTheList() {
        Fixtures.namedUser(accounts, "officer@example.org", Roles.OFFICER);
        ConsultationDetails c = consultation();
        SubmissionReceipt paper = responses.enterOnBehalf(valid(c, UUID.randomUUID().toString(), Channel.PAPER));
        assertThatThrownBy(() -> responses.enterOnBehalf(valid(c, UUID.randomUUID().toString(), Channel.ONLINE)))
                .hasMessage("response.channel.required");
        SystemTask.runAs(Roles.RESIDENT, () -> responses.submit(valid(c, UUID.randomUUID().toString(), Channel.ONLINE)));

        assertThat(responses.countResponses(c.id(), ResponseFilter.none())).isEqualTo(2);
        List<ResponseRow> paperOnly = responses.responses(c.id(), new ResponseFilter(null, null, Channel.PAPER, null), 0, 10);
        assertThat(paperOnly).extracting(ResponseRow::reference).containsExactly(paper.reference());
        assertThat(paperOnly.getFirst().excerpt()).isEqualTo("More buses in the evening");
        assertThat(responses.countResponses(c.id(), new ResponseFilter(null, null, null, "bramhall-north"))).isEqualTo(2);
        assertThat(responses.countResponses(c.id(), new ResponseFilter(null, null, null, "marple-north"))).isZero();
        LocalDate today = LocalDate.now();
        assertThat(responses.countResponses(c.id(), new ResponseFilter(today, today, null, null))).isEqualTo(2);
        assertThat(responses.countResponses(c.id(), new ResponseFilter(today.plusDays(1), null, null, null))).isZero();

        ResponseDetails details = responses.response(paperOnly.getFirst().id());
        assertThat(details.channel()).isEqualTo(Channel.PAPER);
        assertThat(details.enteredByOfficer()).isTrue();
        assertThat(details.areaId()).isEqualTo("bramhall-north");
        assertThat(details.equality()).containsEntry("age-band", "25-34");
        assertThat(details.answer(c.questions().get(4).id()).optionIds())
                .containsExactlyElementsOf(c.questions().get(4).options().reversed().stream().map(o -> o.id()).toList());
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void anImportIsAllOrNothing() {
        ConsultationDetails c = consultation();
        Instant then = Instant.parse("2026-01-15T10:00:00Z");
        ImportedResponse good = new ImportedResponse(valid(c, null, Channel.IMPORT), then, null);
        SubmissionRequest missing = new SubmissionRequest(c.id(), null, List.of(), Map.of(), false, Channel.IMPORT);
        ImportedResponse bad = new ImportedResponse(missing, then, null);
        assertThatThrownBy(() -> responses.importAll(c.id(), List.of(good, bad, good), n -> { }))
                .isInstanceOfSatisfying(ImportRejectedException.class, e -> assertThat(e.rowErrors()).containsOnlyKeys(1));
        assertThat(responses.countResponses(c.id(), ResponseFilter.none())).isZero();

        List<Integer> progress = new ArrayList<>();
        assertThat(responses.importAll(c.id(), List.of(good, good), progress::add)).hasSize(2);
        assertThat(progress).last().isEqualTo(2);
        assertThat(responses.responses(c.id(), ResponseFilter.none(), 0, 10)).allSatisfy(r -> {
            assertThat(r.channel()).isEqualTo(Channel.IMPORT);
            assertThat(r.submittedAt()).isEqualTo(then);
        });
    }
}
