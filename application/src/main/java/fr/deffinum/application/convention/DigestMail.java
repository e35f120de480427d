package fr.deffinum.application.convention;

/** Sends a digest; present only where an SMTP server is configured. */
public interface DigestMail {

    void send(Digest digest);
}
