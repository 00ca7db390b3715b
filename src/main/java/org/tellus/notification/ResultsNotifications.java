package org.tellus.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tellus.base.security.Roles;
import org.tellus.base.security.SystemTask;
import org.tellus.network.NetworkService;
import org.tellus.report.ResultsChanged;
import org.tellus.response.HearBackRecipient;
import org.tellus.response.HearBackService;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * A consultation's results were published, or what was done about them changed: the members of the networks a
 * network survey was sent to, and everyone who ticked "tell me the results", hear of it (decision 034). People with
 * an account get an in-app notification (and so the daily digest through the outbox); anonymous residents get one
 * email each, through the outbox, in the language they answered in. Runs after the report's change commits, from
 * the event publication registry (decision 015).
 */
@Component
class ResultsNotifications {

    private final NotificationWriter writer;
    private final NetworkService networks;
    private final HearBackService hearBack;
    private final JdbcClient jdbc;
    private final MailTexts texts;
    private final String publicUrl;

    ResultsNotifications(NotificationWriter writer, NetworkService networks, HearBackService hearBack, JdbcClient jdbc,
                         MailTexts texts, @Value("${tellus.public-url:http://localhost:8080}") String publicUrl) {
        this.writer = writer;
        this.networks = networks;
        this.hearBack = hearBack;
        this.jdbc = jdbc;
        this.texts = texts;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @ApplicationModuleListener
    void onResults(ResultsChanged results) {
        boolean published = results.change() == ResultsChanged.Change.PUBLISHED;
        String link = "consultations/" + results.consultationId() + "/results";
        List<HearBackRecipient> askedToHear = SystemTask.runAs(Roles.ADMIN, () -> hearBack.recipients(results.consultationId()));
        Set<Long> accounts = new HashSet<>();
        if (!results.networkIds().isEmpty()) {
            accounts.addAll(SystemTask.runAs(Roles.ADMIN, () -> networks.memberIds(results.networkIds())));
        }
        askedToHear.stream().map(HearBackRecipient::userId).filter(id -> id != null).forEach(accounts::add);
        writer.write(accounts, NotificationKind.RESULTS, published ? "notification.results-published"
                : "notification.we-did-updated", link, List.of(results.title()));
        String mail = published ? "mail.results-published" : "mail.we-did-updated";
        askedToHear.stream().filter(r -> r.email() != null).forEach(r -> {
            Locale locale = MailTexts.locale(r.language());
            jdbc.sql("INSERT INTO mail_outbox (to_address, subject, body) VALUES (?, ?, ?)")
                    .params(r.email(), texts.text(locale, mail + ".subject", results.title()),
                            texts.text(locale, mail + ".body", results.title(), publicUrl + link))
                    .update();
        });
        if (published) {
            SystemTask.runAs(Roles.ADMIN, () -> hearBack.resultsSent(results.consultationId()));
        }
    }
}
