package fr.deffinum.api.reminder;

import fr.deffinum.application.convention.Digest;
import fr.deffinum.application.convention.DigestMail;
import fr.deffinum.application.convention.RemindersProperties;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.thymeleaf.ITemplateEngine;
import org.thymeleaf.context.Context;

/** A digest as one French message, plain text and HTML, through the configured SMTP server. */
@Component
@ConditionalOnProperty("spring.mail.host")
class SmtpDigestMail implements DigestMail {

    private final JavaMailSender sender;
    private final ITemplateEngine templates;
    private final RemindersProperties properties;
    private final DigestText text;

    SmtpDigestMail(JavaMailSender sender, ITemplateEngine templates, RemindersProperties properties, DigestText text) {
        this.sender = sender;
        this.templates = templates;
        this.properties = properties;
        this.text = text;
    }

    @Override
    public void send(Digest digest) {
        Context context = new Context();
        context.setVariable("subject", text.subject(digest));
        context.setVariable("user", digest.user());
        context.setVariable("intro", text.intro(digest));
        context.setVariable("lines", text.lines(digest, properties.siteUrl()));
        context.setVariable("all", properties.siteUrl() + "/a-traiter");
        MimeMessage message = sender.createMimeMessage();
        try {
            MimeMessageHelper mail = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
            mail.setFrom(properties.from());
            mail.setTo(digest.address());
            mail.setSubject(text.subject(digest));
            mail.setText(text.plain(digest, properties.siteUrl()), templates.process("mail/digest", context));
        } catch (MessagingException e) {
            throw new MailSendException("digest for " + digest.user(), e);
        }
        sender.send(message);
    }
}
