package org.tellus.insight.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.I18NProvider;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.tellus.insight.InsightFilter;
import org.tellus.insight.InsightScope;
import org.tellus.insight.export.ExportFormat;
import org.tellus.insight.export.InsightExportService;
import org.tellus.insight.export.Labels;

import java.io.IOException;
import java.io.OutputStream;
import java.time.LocalDate;
import java.util.Locale;

/**
 * Download links for the exports of what the page shows (same scope and filters), each streamed straight to the
 * response: nothing is built in memory first. The service checks the officer's role again on each download.
 */
class ExportLinks extends InsightSection {

    /** What one export writes. */
    @FunctionalInterface
    private interface Export {
        void write(InsightScope scope, InsightFilter filter, ExportFormat format, Labels labels, OutputStream out)
                throws IOException;
    }

    private final InsightExportService exports;
    private final UnorderedList links = new UnorderedList();

    ExportLinks(InsightExportService exports) {
        this.exports = exports;
        add(new H2(getTranslation("export.title")), new Paragraph(getTranslation("export.intro")), links);
    }

    void show(InsightScope scope, InsightFilter filter) {
        links.removeAll();
        addLinks("responses", exports::responses, scope, filter);
        addLinks("aggregates", exports::aggregates, scope, filter);
        addLinks("open-data", exports::openData, scope, filter);
    }

    private void addLinks(String kind, Export export, InsightScope scope, InsightFilter filter) {
        ListItem item = new ListItem(getTranslation("export." + kind) + " ");
        for (ExportFormat format : ExportFormat.values()) {
            Locale locale = getLocale();
            Labels labels = (key, params) -> I18NProvider.translate(locale, key, params);
            String fileName = "tellus-" + kind + "-" + LocalDate.now() + "." + format.extension();
            DownloadHandler handler = event -> {
                event.setFileName(fileName);
                event.setContentType(format.contentType());
                try (OutputStream out = event.getOutputStream()) {
                    export.write(scope, filter, format, labels, out);
                }
            };
            Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("export.format." + format));
            link.getElement().setAttribute("aria-label", getTranslation("export.link-named", getTranslation("export." + kind),
                    getTranslation("export.format." + format)));
            link.addClassName("tellus-export-link");
            item.add(link);
        }
        links.add(item);
    }
}
