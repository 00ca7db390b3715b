package org.tellus.report.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.server.streams.DownloadHandler;
import org.tellus.report.ReportFormat;
import org.tellus.report.ReportWords;

import java.io.IOException;
import java.io.OutputStream;

/** Download links for a report as PDF and DOCX, streamed by the service (which checks access again). */
class ReportDownloads extends HorizontalLayout {

    @FunctionalInterface
    interface Writer {
        void write(ReportFormat format, ReportWords words, OutputStream out) throws IOException;
    }

    ReportDownloads(String fileStem, Writer writer) {
        setWrap(true);
        ReportWords words = ReportPage.words(getLocale());
        for (ReportFormat format : ReportFormat.values()) {
            DownloadHandler handler = event -> {
                event.setFileName(fileStem + "." + format.extension());
                event.setContentType(format.contentType());
                try (OutputStream out = event.getOutputStream()) {
                    writer.write(format, words, out);
                }
            };
            Anchor link = new Anchor(handler, AttachmentType.DOWNLOAD, getTranslation("report.download." + format));
            link.addClassName("tellus-export-link");
            add(link);
        }
    }
}
