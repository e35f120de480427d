package fr.deffinum.application.integrity;

import fr.deffinum.application.document.DocumentStore;
import java.time.Clock;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Recomputes every hash and chain link of the store, or of one laureate, as it stands now, checks
 * that every document its events name is in the document store with that hash, and, in the same
 * pass over the events, that the store still holds every head the latest signature signed.
 */
@Service
public class EventChainVerification {

    private final StoredEvents events;
    private final NamedDocuments documents;
    private final DocumentStore store;
    private final HeadsSignatures signatures;
    private final Signing signing;
    private final Clock clock = Clock.systemUTC();

    public EventChainVerification(StoredEvents events, NamedDocuments documents, DocumentStore store,
                                  HeadsSignatures signatures, Signing signing) {
        this.events = events;
        this.documents = documents;
        this.store = store;
        this.signatures = signatures;
        this.signing = signing;
    }

    public ChainVerification verify(String laureate) {
        ChainCheck chain = new ChainCheck();
        Optional<SignedHeadsCheck> signed = signatures.latest().map(latest -> new SignedHeadsCheck(latest, laureate));
        events.inGlobalOrder(laureate, event -> {
            chain.accept(event);
            signed.ifPresent(check -> check.accept(event));
        });
        DocumentCheck named = new DocumentCheck(store);
        documents.inGlobalOrder(laureate, named::accept);
        ChainVerification verdict = chain.result(clock.instant()).with(named);
        return signed.map(check -> verdict.with(check.result(signing))).orElse(verdict);
    }
}
