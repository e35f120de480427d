package fr.deffinum.domain.laureate.events;

import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.serialization.Revision;

/**
 * A document attached to the laureate, named by the SHA-256 of its bytes: the event's hash covers
 * that one, so the chain covers the document. {@code mediaType} is the one its content shows;
 * {@code amount} the expenses a justificatif justifies, null for other documents.
 */
@Revision("1")
public record DocumentAttached(LaureateId laureateId, String documentId, String sha256, long size, String mediaType,
                               String fileName, DocumentKind kind, LocalDate attachedOn, Money amount)
        implements LaureateEvent {

    public DocumentAttached(LaureateId laureateId, String documentId, String sha256, long size, String mediaType,
                            String fileName, DocumentKind kind, LocalDate attachedOn) {
        this(laureateId, documentId, sha256, size, mediaType, fileName, kind, attachedOn, null);
    }

    @Override
    public LocalDate effectiveOn() {
        return attachedOn;
    }
}
