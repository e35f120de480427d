package fr.deffinum.api.document;

import fr.deffinum.application.document.DocumentView;
import fr.deffinum.domain.laureate.DocumentKind;
import java.time.Instant;

/** A document as the API shows it; {@code attachedAt} is when it was recorded. */
public record DocumentResponse(String id, String laureate, DocumentKind kind, String fileName, String mediaType,
                               long size, String sha256, String attachedBy, Instant attachedAt, String reason) {

    public static DocumentResponse of(DocumentView d) {
        return new DocumentResponse(d.id(), d.laureate(), d.kind(), d.fileName(), d.mediaType(), d.size(), d.sha256(),
                d.attachedBy(), d.attachedAt(), d.reason());
    }
}
