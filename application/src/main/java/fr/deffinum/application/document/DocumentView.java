package fr.deffinum.application.document;

import fr.deffinum.domain.laureate.DocumentKind;
import java.time.Instant;
import java.time.LocalDate;

/**
 * A document attached to a laureate, as its event and that event's provenance tell: {@code attachedAt}
 * when it was recorded, {@code attachedOn} the day it took effect.
 */
public record DocumentView(String id, String laureate, DocumentKind kind, String fileName, String mediaType,
                           long size, String sha256, String attachedBy, Instant attachedAt, LocalDate attachedOn,
                           String reason) {
}
