package fr.deffinum.application.convention;

/** Digests asked for where no SMTP server is configured. */
public class RemindersOff extends RuntimeException {

    public RemindersOff() {
        super("no SMTP server is configured (spring.mail.host)");
    }
}
