package fr.deffinum.application.document;

import fr.deffinum.application.document.DocumentRefused.Reason;
import fr.deffinum.application.integrity.DocumentProblem;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.laureate.ReadSideBehind;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.laureate.commands.AttachDocument;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.springframework.stereotype.Service;

/**
 * Attaches documents to laureates and reads them back. A file is checked before anything is
 * written: not empty, within {@code deffinum.documents.max-size}, of an accepted type its name
 * agrees with. Its bytes are then put in the store, under their SHA-256, in the unit of work and
 * transaction of the laureate's {@link DocumentAttached} event: with the database store both are
 * committed or neither. A document's id is a UUID of its own, not its hash: the same bytes attached
 * twice are two documents (another kind, name or reason, by someone else) kept once in the store.
 * A document is served only once its bytes give the hash its event names.
 */
@Service
public class Documents {

    private final LaureateRecorder recorder;
    private final DocumentStore store;
    private final DocumentViews views;
    private final EventStore events;
    private final DocumentTypes types = new DocumentTypes();
    private final long maxSize;

    public Documents(LaureateRecorder recorder, DocumentStore store, DocumentViews views, EventStore events,
                     DocumentProperties properties) {
        this.recorder = recorder;
        this.store = store;
        this.views = views;
        this.events = events;
        this.maxSize = properties.maxSize().toBytes();
    }

    /** The largest document accepted, in bytes. */
    public long maxSize() {
        return maxSize;
    }

    /** The kind {@code name} names (case ignored), refused with {@link Reason#KIND_UNKNOWN} if none. */
    public static DocumentKind kind(String name) {
        return Arrays.stream(DocumentKind.values()).filter(kind -> kind.name().equalsIgnoreCase(
                        name == null ? "" : name.strip())).findFirst()
                .orElseThrow(() -> new DocumentRefused(Reason.KIND_UNKNOWN, "kind " + name + " is none of "
                        + Arrays.toString(DocumentKind.values())));
    }

    public DocumentView attach(LaureateId laureate, UploadedFile file, DocumentKind kind, Provenance provenance) {
        return attach(laureate, file, kind, null, null, provenance);
    }

    /** Received on {@code attachedOn} (null: today), a justificatif justifying {@code amount} of expenses (null: none stated). */
    public DocumentView attach(LaureateId laureate, UploadedFile file, DocumentKind kind, LocalDate attachedOn, Money amount,
                               Provenance provenance) {
        byte[] content = file.content();
        if (content.length == 0) {
            throw new DocumentRefused(Reason.EMPTY, file.name() + " is empty");
        }
        if (content.length > maxSize) {
            throw new DocumentRefused(Reason.TOO_LARGE, file.name() + ": " + content.length + " bytes, above the "
                    + maxSize + " accepted");
        }
        String mediaType = types.detect(content, file.name());
        String sha256 = Sha256.hex(content);
        String id = UUID.randomUUID().toString();
        long version = recorder.recordWith(laureate, new AttachDocument(laureate, id, sha256, content.length, mediaType,
                file.name(), kind, attachedOn == null ? LocalDate.now() : attachedOn, amount), provenance,
                () -> store.put(sha256, content)).version();
        return views.find(id).orElseThrow(() -> new ReadSideBehind(laureate.value(), version));
    }

    public Optional<DocumentView> find(String documentId) {
        return views.find(documentId);
    }

    public List<DocumentView> of(String laureateId, PointInTime point) {
        return views.of(laureateId, point);
    }

    /** The document with its bytes, refused with {@link DocumentAltered} unless they give its hash; empty if unknown. */
    public Optional<Download> open(String documentId) {
        return views.find(documentId).map(document -> {
            byte[] content = store.open(document.sha256())
                    .orElseThrow(() -> new DocumentAltered(document, DocumentProblem.MISSING));
            if (!Sha256.hex(content).equals(document.sha256())) {
                throw new DocumentAltered(document, DocumentProblem.ALTERED);
            }
            return new Download(document, content);
        });
    }

    /**
     * Refused with {@link Rule#UNKNOWN_DOCUMENT} unless every one of {@code documentIds} was attached to
     * laureate {@code laureateId}, as its own events in the store tell: what a step citing them checks.
     */
    public void requireKnown(String laureateId, Collection<String> documentIds) {
        if (documentIds.isEmpty()) {
            return;
        }
        Set<String> attached = events.readEvents(laureateId, 0).asStream().map(Message::getPayload)
                .filter(DocumentAttached.class::isInstance)
                .map(event -> ((DocumentAttached) event).documentId())
                .collect(Collectors.toSet());
        List<String> unknown = documentIds.stream().filter(id -> !attached.contains(id)).distinct().toList();
        if (!unknown.isEmpty()) {
            throw new RuleViolation(Rule.UNKNOWN_DOCUMENT, "documents " + unknown + " of laureate " + laureateId);
        }
    }
}
