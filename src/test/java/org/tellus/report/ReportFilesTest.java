package org.tellus.report;

import org.tellus.audit.AuditActions;
import org.tellus.audit.AuditEntry;
import org.tellus.audit.AuditFilter;
import org.tellus.audit.AuditService;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.tellus.AccessRules;
import org.tellus.IntegrationTest;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.account.AccountService;
import org.tellus.insight.ForumPosts;
import org.tellus.network.NetworkDetails;
import org.tellus.network.NetworkFixtures;
import org.tellus.network.NetworkService;
import org.tellus.network.Visibility;
import org.tellus.tagging.ModelSummary;
import org.tellus.tagging.TaggingService;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** The PDF and the DOCX, opened and read back: same content as the model, structure, and suppression kept. */
@IntegrationTest
class ReportFilesTest {

    private static final ReportWords WORDS = new TestWords();

    @Autowired
    ReportService reports;
    @Autowired
    AuditService audit;
    @Autowired
    ApplicationContext context;

    @Test
    void thePdfIsTaggedAndSaysWhatTheModelSaysWithSmallCountsSuppressed() throws IOException {
        ReportFixture fixture = new ReportFixture(context);
        byte[] pdf = SystemTask.runAs(Roles.OFFICER, () -> download(fixture.id, ReportFormat.PDF));
        // The preview is an export of what is not yet published: the audit trail has it with its scope.
        assertThat(SystemTask.runAs(Roles.ADMIN, () -> audit.search(new AuditFilter(AuditActions.EXPORTED, null,
                null, null), 0, 1000))).filteredOn(e -> e.target().equals("report preview (PDF)"))
                .extracting(AuditEntry::detail).contains("consultation " + fixture.id);
        try (PDDocument document = Loader.loadPDF(pdf)) {
            assertThat(document.getDocumentCatalog().getMarkInfo().isMarked()).isTrue();
            assertThat(document.getDocumentCatalog().getStructureTreeRoot()).isNotNull();
            assertThat(document.getDocumentCatalog().getLanguage()).isEqualTo("en-GB");
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("What we heard: Insight", "What we heard in the test.", "Who took part",
                    "32 responses in total.", "Buses came up most.", "Buses are late", "Few spoke of health.",
                    "Online fewer than 10", "Phone fewer than 10",
                    "19 responses (59%", "Bredbury and Woodley fewer than 10", "Bramhall North fewer than 10",
                    "Fewer than 10 responses bear on this priority", "Any number of fewer than 10 people");
        }
    }

    @Test
    void theDocxHasHeadingStylesAndTablesWithSmallCountsSuppressed() throws IOException {
        ReportFixture fixture = new ReportFixture(context);
        byte[] docx = SystemTask.runAs(Roles.OFFICER, () -> download(fixture.id, ReportFormat.DOCX));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            List<String> headings = document.getParagraphs().stream().filter(p -> "Heading1".equals(p.getStyle()))
                    .map(XWPFParagraph::getText).toList();
            assertThat(headings).contains("Who took part", "What people said about the plan priorities", "How we did this");
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading2".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).contains("An enterprising and thriving Stockport");
            XWPFTable areas = document.getTables().stream()
                    .filter(t -> t.getRow(0).getCell(0).getText().equals("Area")).findFirst().orElseThrow();
            assertThat(areas.getRows()).allSatisfy(row -> assertThat(row.getCell(1).getText()).isIn("Responses", "fewer than 10"));
            String all = String.join("\n", document.getParagraphs().stream().map(XWPFParagraph::getText).toList());
            assertThat(all).contains("Buses came up most.", "Buses are late", "Fewer than 10 responses bear on this priority");
        }
    }

    /**
     * Themes over time and the forums' section, in both files: the fixture's top themes fall in different weeks
     * with an empty one beside them, so every period of theirs is suppressed; a network of 3 people posting shows
     * no figure and no themes.
     */
    @Test
    void themesOverTimeAndTheForumsAreInBothFilesWithSmallCountsSuppressed() throws IOException {
        ReportFixture fixture = new ReportFixture(context);
        NetworkDetails small = smallNetworkPostingNow();
        byte[] docx = SystemTask.runAs(Roles.OFFICER, () -> download(fixture.id, ReportFormat.DOCX));
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(docx))) {
            assertThat(document.getParagraphs()).filteredOn(p -> "Heading1".equals(p.getStyle()))
                    .extracting(XWPFParagraph::getText).contains("How the themes changed over time", "What the networks’ forums said");
            XWPFTable timeline = document.getTables().stream()
                    .filter(t -> t.getRow(t.getNumberOfRows() - 1).getCell(0).getText().equals("All responses whose free text was read"))
                    .findFirst().orElseThrow();
            assertThat(timeline.getRows().subList(1, timeline.getNumberOfRows() - 1)).as("the top themes' rows").hasSize(2)
                    .allSatisfy(row -> assertThat(row.getTableCells().subList(1, row.getTableCells().size()))
                            .allSatisfy(cell -> assertThat(cell.getText()).isEqualTo("fewer than 10")));
            List<String> paragraphs = document.getParagraphs().stream().map(XWPFParagraph::getText).toList();
            int network = paragraphs.indexOf(small.name());
            assertThat(network).as("the small network's heading").isPositive();
            assertThat(paragraphs.get(network + 1)).isEqualTo("Fewer than 10 people posted in this forum, so nothing more is shown.");
            assertThat(paragraphs).noneMatch(p -> p.contains("forum of " + small.name()));
        }
        byte[] pdf = SystemTask.runAs(Roles.OFFICER, () -> download(fixture.id, ReportFormat.PDF));
        try (PDDocument document = Loader.loadPDF(pdf)) {
            String text = new PDFTextStripper().getText(document).replaceAll("\\s+", " ");
            assertThat(text).contains("How the themes changed over time", "All responses whose free text was read",
                    "What the networks’ forums said",
                    small.name() + " Fewer than 10 people posted in this forum, so nothing more is shown.");
        }
    }

    /** A snapshot published before themes over time and the forums reads back without them, and prints as it was. */
    @Test
    void anOlderSnapshotWithoutTheNewSectionsStillReads() {
        ReportFixture fixture = new ReportFixture(context);
        ReportContent now = SystemTask.runAs(Roles.OFFICER, () -> reports.preview(fixture.id));
        String json = ReportJson.write(now).replaceAll(",\"timeline\":\\{.*\\}\\}$", "}");
        assertThat(json).doesNotContain("\"timeline\"", "\"forums\"");
        ReportContent old = ReportJson.read(json, ReportContent.class);
        assertThat(old.timeline()).isNull();
        assertThat(old.forums()).isNull();
        HtmlReport html = new HtmlReport();
        ReportOutline.write(old, "Published", WORDS, html);
        assertThat(html.document("t", "en")).contains("How we did this").doesNotContain("How the themes changed over time",
                "What the networks’ forums said");
    }

    private NetworkDetails smallNetworkPostingNow() {
        NetworkDetails small = NetworkFixtures.network(context.getBean(NetworkService.class), Visibility.OPEN,
                NetworkFixtures.user(context.getBean(AccountService.class), Roles.RESIDENT, Roles.FACILITATOR));
        String version = SystemTask.runAs(Roles.OFFICER, () -> context.getBean(TaggingService.class).modelVersions().stream()
                .filter(ModelSummary::active).findFirst().orElseThrow().version());
        new ForumPosts(context.getBean(JdbcTemplate.class), context.getBean(TransactionTemplate.class),
                context.getBean(AccountService.class), version).post(small, 3, "transport", Timestamp.from(Instant.now()));
        return small;
    }

    @Test
    void residentsDownloadOnlyAPublishedReport() {
        ReportFixture fixture = new ReportFixture(context);
        assertThatThrownBy(() -> SystemTask.runAs(Roles.RESIDENT, () -> published(fixture.id)))
                .isInstanceOf(TranslatableException.class).hasMessage("report.not-published");
        SystemTask.runAs(Roles.OFFICER, () -> reports.publish(fixture.id));
        byte[] pdf = SystemTask.runAs(Roles.RESIDENT, () -> published(fixture.id));
        assertThat(new String(pdf, 0, 5)).isEqualTo("%PDF-");
        AccessRules.assertRefused(List.of(() -> reports.downloadPreview(fixture.id, ReportFormat.PDF, WORDS,
                new ByteArrayOutputStream())), Roles.RESIDENT, Roles.FACILITATOR);
    }

    private byte[] download(long id, ReportFormat format) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            reports.downloadPreview(id, format, WORDS, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private byte[] published(long id) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            reports.downloadPublished(id, ReportFormat.PDF, WORDS, out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }
}
