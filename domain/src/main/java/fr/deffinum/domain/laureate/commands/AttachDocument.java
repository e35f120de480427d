package fr.deffinum.domain.laureate.commands;

import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;
import org.axonframework.modelling.command.TargetAggregateIdentifier;

/**
 * Attach a document as evidence: its bytes are stored apart, named by their SHA-256 ({@code sha256}, hex).
 * A justificatif may state the expenses it justifies ({@code amount}).
 */
public record AttachDocument(@TargetAggregateIdentifier LaureateId laureateId, String documentId, String sha256,
                             long size, String mediaType, String fileName, DocumentKind kind, LocalDate attachedOn,
                             Money amount) {

    public AttachDocument(LaureateId laureateId, String documentId, String sha256, long size, String mediaType,
                          String fileName, DocumentKind kind, LocalDate attachedOn) {
        this(laureateId, documentId, sha256, size, mediaType, fileName, kind, attachedOn, null);
    }
}
