package fr.deffinum.application.convention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily digest of the work queue, sent by e-mail when an SMTP server is configured ({@code spring.mail.host}).
 *
 * @param cron    when it is sent, in Paris time: seven in the morning by default
 * @param from    the sender's address
 * @param siteUrl the application's address, which the links of a digest start with
 */
@ConfigurationProperties("deffinum.reminders")
public record RemindersProperties(@DefaultValue("0 0 7 * * *") String cron,
                                  @DefaultValue("deffinum@localhost") String from,
                                  @DefaultValue("http://localhost:8080") String siteUrl) {
}
