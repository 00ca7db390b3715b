package org.tellus.response.imports;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithAnonymousUser;
import org.springframework.security.test.context.support.WithMockUser;
import org.tellus.IntegrationTest;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.consultation.ConsultationDetails;
import org.tellus.consultation.ConsultationService;
import org.tellus.response.Channel;
import org.tellus.response.ResponseFilter;
import org.tellus.response.ResponseRow;
import org.tellus.response.ResponseService;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@IntegrationTest
class ResponseCsvImporterTest {

    @Autowired
    ResponseCsvImporter importer;
    @Autowired
    ResponseService responses;
    @Autowired
    ConsultationService consultations;

    ConsultationDetails consultation;

    @BeforeEach
    void newConsultation() {
        consultation = ImportFixtures.openConsultation(consultations);
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void previewShowsColumnsSampleAndEveryBadRowByItsSpreadsheetNumber() {
        byte[] file = ImportFixtures.csv("""
                1,31/01/2026 10:00,"Cheaper buses,
                and more of them",Bus,5,yes
                2,31/01/2026 10:05,Safer streets,Train,3,no
                3,31/01/2026 10:10,,Car,9,no
                """);

        ImportPreview preview = importer.preview(consultation.id(), file);

        assertThat(preview.rowCount()).isEqualTo(3);
        assertThat(preview.columns()).extracting(ColumnMatch::kind).containsExactly(ColumnKind.IGNORED,
                ColumnKind.SUBMITTED, ColumnKind.QUESTION, ColumnKind.QUESTION, ColumnKind.QUESTION, ColumnKind.CONSENT);
        assertThat(preview.missingQuestions()).isEmpty();
        assertThat(preview.sample()).hasSize(3);
        assertThat(preview.sample().getFirst().answers()).containsExactly("Cheaper buses,\nand more of them", "Bus", "5");
        assertThat(preview.errors()).extracting(RowError::row, RowError::key).containsExactlyInAnyOrder(
                org.assertj.core.groups.Tuple.tuple(3, "import.answer.unknown-option"),
                org.assertj.core.groups.Tuple.tuple(4, "response.answer.required"),
                org.assertj.core.groups.Tuple.tuple(4, "response.answer.out-of-range"));
        // The multi-line cell is one spreadsheet row, so "Train" is on row 3.
        assertThat(preview.errors()).filteredOn(e -> e.row() == 3).first()
                .satisfies(e -> assertThat(e.prompt()).isEqualTo("How do you travel?"));
        assertThat(preview.canImport()).isFalse();
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void aMissingRequiredColumnIsReportedAndRefused() {
        byte[] file = "Timestamp,How do you travel?\n2026-01-31T10:00:00Z,Bus\n".getBytes();

        assertThat(importer.preview(consultation.id(), file).missingQuestions()).containsExactly("What matters most to you?");
        assertThatThrownBy(() -> importer.importFile(consultation.id(), file, n -> { }))
                .isInstanceOf(TranslatableException.class).hasMessage("import.columns.missing");
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void oneBadRowImportsNothing() {
        long before = count();
        byte[] file = ImportFixtures.csv("""
                1,2026-01-31T10:00:00Z,Fine,Bus,4,yes
                2,2026-01-31T10:01:00Z,Also fine,Car,7,yes
                3,2026-01-31T10:02:00Z,Fine again,Bus,2,no
                """);

        ImportResult result = importer.importFile(consultation.id(), file, n -> { });

        assertThat(result.succeeded()).isFalse();
        assertThat(result.imported()).isZero();
        assertThat(result.errors()).extracting(RowError::row, RowError::key)
                .containsExactly(org.assertj.core.groups.Tuple.tuple(3, "response.answer.out-of-range"));
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void anUnreadableCellImportsNothing() {
        long before = count();
        byte[] file = ImportFixtures.csv("1,2026-01-31T10:00:00Z,Fine,Bus,4,yes\n2,next tuesday,Fine,Bus,4,yes\n");

        ImportResult result = importer.importFile(consultation.id(), file, n -> { });

        assertThat(result.errors()).extracting(RowError::row).containsExactly(3);
        assertThat(count()).isEqualTo(before);
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void aGoodFileImportsEveryRowAsImportedWithTheFilesTimes() {
        ImportResult result = importer.importFile(consultation.id(), ImportFixtures.goodRows(3), n -> { });

        assertThat(result.succeeded()).isTrue();
        assertThat(result.imported()).isEqualTo(3);
        assertThat(count()).isEqualTo(3);
        List<ResponseRow> stored = responses.responses(consultation.id(), ResponseFilter.none(), 0, 10);
        assertThat(stored).extracting(ResponseRow::channel).containsOnly(Channel.IMPORT);
        assertThat(stored).extracting(ResponseRow::submittedAt).containsExactlyInAnyOrder(
                Instant.parse("2026-02-01T00:00:00Z"), Instant.parse("2026-02-01T00:01:00Z"),
                Instant.parse("2026-02-01T00:02:00Z"));
        assertThat(responses.response(stored.getFirst().id()).consentToQuote()).isTrue();
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void theSameFileTwiceIsRefusedAndAddsNothing() {
        byte[] file = ImportFixtures.goodRows(2);
        importer.importFile(consultation.id(), file, n -> { });

        assertThatThrownBy(() -> importer.importFile(consultation.id(), file, n -> { }))
                .isInstanceOf(TranslatableException.class).hasMessage("import.already-imported");
        assertThat(count()).isEqualTo(2);
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void aBadFileIsAClearMessage() {
        assertThatThrownBy(() -> importer.preview(consultation.id(), new byte[]{(byte) 0xFF, 0, 1, 2}))
                .isInstanceOf(TranslatableException.class);
        assertThatThrownBy(() -> importer.preview(consultation.id(), new byte[0])).hasMessage("import.file.empty");
    }

    @Test
    @WithMockUser(roles = Roles.OFFICER)
    void fiveThousandRowsReportProgressAndAllArrive() {
        byte[] file = ImportFixtures.goodRows(5000);
        assertThat(importer.preview(consultation.id(), file).canImport()).isTrue();
        List<Integer> progress = new ArrayList<>();

        ImportResult result = importer.importFile(consultation.id(), file, progress::add);

        assertThat(result.imported()).isEqualTo(5000);
        assertThat(progress).hasSizeGreaterThan(1).isSorted().endsWith(5000);
        assertThat(count()).isEqualTo(5000);
    }

    @Test
    @WithMockUser(roles = Roles.RESIDENT)
    void aResidentMayNotImport() {
        byte[] file = ImportFixtures.goodRows(1);
        assertThatThrownBy(() -> importer.preview(consultation.id(), file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importer.importFile(consultation.id(), file, n -> { })).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithAnonymousUser
    void anAnonymousVisitorMayNotImport() {
        byte[] file = ImportFixtures.goodRows(1);
        assertThatThrownBy(() -> importer.preview(consultation.id(), file)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> importer.importFile(consultation.id(), file, n -> { })).isInstanceOf(AccessDeniedException.class);
    }

    private long count() {
        return SystemTask.runAs(Roles.OFFICER, () -> responses.countResponses(consultation.id(), ResponseFilter.none()));
    }
}
