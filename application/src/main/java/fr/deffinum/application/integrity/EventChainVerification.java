package fr.deffinum.application.integrity;

import java.time.Clock;
import org.springframework.stereotype.Service;

/** Recomputes every hash and chain link of the store, or of one laureate, as it stands now. */
@Service
public class EventChainVerification {

    private final StoredEvents events;
    private final Clock clock = Clock.systemUTC();

    public EventChainVerification(StoredEvents events) {
        this.events = events;
    }

    public ChainVerification verify(String laureate) {
        ChainCheck check = new ChainCheck();
        events.inGlobalOrder(laureate, check::accept);
        return check.result(clock.instant());
    }
}
