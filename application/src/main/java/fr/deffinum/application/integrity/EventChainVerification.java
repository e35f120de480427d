package fr.deffinum.application.integrity;

import fr.deffinum.application.document.DocumentStore;
import java.time.Clock;
import org.springframework.stereotype.Service;

/**
 * Recomputes every hash and chain link of the store, or of one laureate, as it stands now, and
 * checks that every document its events name is in the document store with that hash.
 */
@Service
public class EventChainVerification {

    private final StoredEvents events;
    private final NamedDocuments documents;
    private final DocumentStore store;
    private final Clock clock = Clock.systemUTC();

    public EventChainVerification(StoredEvents events, NamedDocuments documents, DocumentStore store) {
        this.events = events;
        this.documents = documents;
        this.store = store;
    }

    public ChainVerification verify(String laureate) {
        ChainCheck chain = new ChainCheck();
        events.inGlobalOrder(laureate, chain::accept);
        DocumentCheck named = new DocumentCheck(store);
        documents.inGlobalOrder(laureate, named::accept);
        return chain.result(clock.instant()).with(named);
    }
}
