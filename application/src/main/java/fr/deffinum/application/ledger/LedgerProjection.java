package fr.deffinum.application.ledger;

import fr.deffinum.domain.laureate.events.LaureateEvent;
import java.time.Instant;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.axonframework.eventhandling.Timestamp;
import org.axonframework.eventhandling.TrackingToken;
import org.springframework.stereotype.Component;

/** Writes one {@link LedgerEntry} per event into the {@link AmountsLedger}. */
@Component
@ProcessingGroup(LedgerProjection.NAME)
public class LedgerProjection {

    public static final String NAME = "ledger";

    private final AmountsLedger ledger;

    public LedgerProjection(AmountsLedger ledger) {
        this.ledger = ledger;
    }

    @EventHandler
    void on(LaureateEvent event, @SequenceNumber long sequence, @Timestamp Instant recordedAt, TrackingToken token) {
        ledger.append(LedgerEntries.of(event, token.position().orElseThrow(), sequence, recordedAt,
                () -> ledger.before(event.laureateId().value(), sequence)));
    }

    @ResetHandler
    void reset() {
        ledger.deleteAll();
    }
}
