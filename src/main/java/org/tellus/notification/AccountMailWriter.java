package org.tellus.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;
import org.tellus.account.AccountMail;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Writes the account feature's emails (sign-in locks, registration attempts, password reset links) to the outbox,
 * from which {@link OutboxSender} sends them like the digest, in the owner's language. Run after the account's change commits, from the event
 * publication registry, so a mail is written even if the app stops in between.
 */
@Component
class AccountMailWriter {

    private final JdbcClient jdbc;
    private final MailTexts texts;
    private final String publicUrl;

    AccountMailWriter(JdbcClient jdbc, MailTexts texts, @Value("${tellus.public-url:http://localhost:8080}") String publicUrl) {
        this.jdbc = jdbc;
        this.texts = texts;
        this.publicUrl = publicUrl.endsWith("/") ? publicUrl : publicUrl + "/";
    }

    @ApplicationModuleListener
    void onAccountMail(AccountMail mail) {
        List<Object> params = new ArrayList<>(mail.params());
        params.add(publicUrl + mail.link());
        Locale locale = MailTexts.locale(mail.language());
        jdbc.sql("INSERT INTO mail_outbox (recipient_id, to_address, subject, body) VALUES (?, ?, ?, ?)")
                .params(mail.recipientId(), mail.toAddress(), texts.text(locale, mail.key() + ".subject"),
                        texts.text(locale, mail.key() + ".body", params.toArray()))
                .update();
    }
}
