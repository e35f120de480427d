package fr.deffinum.application.convention;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The daily digest of the work queue, sent by e-mail when an SMTP server is configured ({@code spring.mail.host}).
 *
 * @param cron    when it is sent, in Paris time: every half hour from seven to half past nine by default, so
 *                that a digest whose send failed goes at the next run; none goes twice a day
 * @param from    the sender's address
 * @param siteUrl the application's address, which the links of a digest start with
 */
@ConfigurationProperties("deffinum.reminders")
public record RemindersProperties(@DefaultValue("0 0/30 7-9 * * *") String cron,
                                  @DefaultValue("deffinum@localhost") String from,
                                  @DefaultValue("http://localhost:8080") String siteUrl) {
}
