package org.tellus.plan.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.UploadHandler;
import com.vaadin.flow.component.html.AttachmentType;
import jakarta.annotation.security.RolesAllowed;
import org.tellus.base.TranslatableException;
import org.tellus.base.security.Roles;
import org.tellus.base.ui.Messages;
import org.tellus.plan.TaxonomyFiles;
import org.tellus.plan.TaxonomyPreview;
import org.tellus.plan.TaxonomyService;

import java.io.OutputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * An administrator loads the council's whole taxonomy (plan priorities, themes, areas) from the three CSV files in
 * one step: a preview lists what would be added and changed, or every bad row; the import writes all of it or
 * nothing. The taxonomy in use downloads as the same files, and the built-in demo set loads on request.
 */
@Menu(title = "nav.setup-taxonomy", order = 113)
@Route("admin/taxonomy")
@RolesAllowed(Roles.ADMIN)
public class TaxonomyView extends SetupPage {

    static final int FILE_MAX_BYTES = 2 * 1024 * 1024;

    private final TaxonomyService taxonomy;
    private final Map<String, String> received = new LinkedHashMap<>();
    private final Div outcome = new Div();
    private final Button importButton = new Button();

    public TaxonomyView(TaxonomyService taxonomy) {
        super("setup.taxonomy.title", "setup.taxonomy.intro");
        this.taxonomy = taxonomy;
        outcome.getElement().setAttribute("aria-live", "polite");
        importButton.setText(getTranslation("setup.taxonomy.import"));
        importButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        importButton.setEnabled(false);
        importButton.addClickListener(e -> act(() -> taxonomy.importFiles(files()), "setup.taxonomy.imported",
                this::summary));
        Button preview = new Button(getTranslation("setup.taxonomy.preview"), e -> showPreview());
        Button demo = new Button(getTranslation("setup.taxonomy.demo"), e -> confirm(
                getTranslation("setup.taxonomy.demo-confirm"), getTranslation("setup.taxonomy.demo"),
                () -> act(taxonomy::loadDemo, "setup.taxonomy.imported", this::summary)));
        add(new H2(getTranslation("setup.taxonomy.import-heading")), new Paragraph(getTranslation("setup.taxonomy.format")),
                upload(TaxonomyFiles.PRIORITIES_FILE), upload(TaxonomyFiles.THEMES_FILE), upload(TaxonomyFiles.AREAS_FILE),
                new HorizontalLayout(preview, importButton), outcome,
                new H2(getTranslation("setup.taxonomy.export-heading")), exports(),
                new H2(getTranslation("setup.taxonomy.demo-heading")), new Paragraph(getTranslation("setup.taxonomy.demo-help")), demo);
    }

    private Div upload(String file) {
        Upload upload = new Upload(UploadHandler.inMemory((metadata, data) -> getUI().ifPresent(ui -> ui.access(() ->
                received(file, data)))));
        upload.setMaxFiles(1);
        upload.setMaxFileSize(FILE_MAX_BYTES);
        upload.setAcceptedFileExtensions(".csv");
        upload.setUploadButton(new Button(getTranslation("setup.taxonomy.upload", file)));
        upload.setDropLabel(new Span(getTranslation("setup.taxonomy.drop")));
        upload.addFileRejectedListener(e -> Messages.error(this, new TranslatableException("setup.taxonomy.rejected")));
        String key = "setup.taxonomy.file-" + file.replace(".csv", "");
        return new Div(new Paragraph(getTranslation(key)), upload);
    }

    /** One uploaded file, read as UTF-8; a file that is not UTF-8 is refused at once. */
    void received(String file, byte[] data) {
        try {
            received.put(file, StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(data)).toString());
            importButton.setEnabled(false);
            outcome.removeAll();
            outcome.add(new Paragraph(getTranslation("setup.taxonomy.received", file)));
        } catch (CharacterCodingException notUtf8) {
            Messages.error(this, new TranslatableException("setup.taxonomy.not-utf8", file));
        }
    }

    private TaxonomyFiles files() {
        return new TaxonomyFiles(received.get(TaxonomyFiles.PRIORITIES_FILE), received.get(TaxonomyFiles.THEMES_FILE),
                received.get(TaxonomyFiles.AREAS_FILE));
    }

    void showPreview() {
        outcome.removeAll();
        if (received.isEmpty()) {
            outcome.add(new Paragraph(getTranslation("setup.taxonomy.nothing")));
            return;
        }
        TaxonomyPreview preview = taxonomy.preview(files());
        outcome.add(new Paragraph(summary(preview)));
        if (preview.acceptable()) {
            importButton.setEnabled(true);
            return;
        }
        importButton.setEnabled(false);
        outcome.add(new Paragraph(getTranslation("setup.taxonomy.refused", preview.errors().size())));
        Grid<TaxonomyPreview.RowError> errors = new Grid<>();
        errors.setAriaLabel(getTranslation("setup.taxonomy.errors"));
        errors.setAllRowsVisible(true);
        errors.addColumn(TaxonomyPreview.RowError::file).setHeader(getTranslation("setup.taxonomy.file")).setAutoWidth(true);
        errors.addColumn(TaxonomyPreview.RowError::row).setHeader(getTranslation("setup.taxonomy.row")).setAutoWidth(true);
        errors.addColumn(e -> getTranslation(e.key(), e.params().toArray())).setHeader(getTranslation("setup.taxonomy.problem"))
                .setFlexGrow(3);
        errors.setItems(preview.errors());
        outcome.add(errors);
    }

    private String summary(TaxonomyPreview preview) {
        return getTranslation("setup.taxonomy.summary", preview.priorities().added(), preview.priorities().changed(),
                preview.themes().added(), preview.themes().changed(), preview.areas().added(), preview.areas().changed());
    }

    private HorizontalLayout exports() {
        HorizontalLayout links = new HorizontalLayout();
        Map<String, Function<TaxonomyFiles, String>> parts = Map.of(TaxonomyFiles.PRIORITIES_FILE, TaxonomyFiles::priorities,
                TaxonomyFiles.THEMES_FILE, TaxonomyFiles::themes, TaxonomyFiles.AREAS_FILE, TaxonomyFiles::areas);
        for (String file : new String[] {TaxonomyFiles.PRIORITIES_FILE, TaxonomyFiles.THEMES_FILE, TaxonomyFiles.AREAS_FILE}) {
            DownloadHandler handler = event -> {
                event.setFileName(file);
                event.setContentType("text/csv; charset=utf-8");
                try (OutputStream out = event.getOutputStream()) {
                    out.write(parts.get(file).apply(taxonomy.export()).getBytes(StandardCharsets.UTF_8));
                }
            };
            Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("setup.taxonomy.download", file));
            link.addClassName("tellus-export-link");
            links.add(link);
        }
        return links;
    }

    @Override
    void refresh() {
        received.clear();
        importButton.setEnabled(false);
        outcome.removeAll();
    }
}
