package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateRedirectedToCma;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import java.util.function.UnaryOperator;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.springframework.stereotype.Component;

/** Folds the events into {@link LaureateView}s. Replaying an event already folded in changes nothing. */
@Component
@ProcessingGroup(LaureateProjection.NAME)
public class LaureateProjection {

    public static final String NAME = "laureates";

    private final LaureateViews views;

    public LaureateProjection(LaureateViews views) {
        this.views = views;
    }

    @EventHandler
    void on(LaureateSelected event, @SequenceNumber long version) {
        views.save(LaureateView.selected(event, version));
    }

    @EventHandler
    void on(LaureateRedirectedToCma event, @SequenceNumber long version) {
        fold(event.laureateId(), version, view -> view.redirected(event, version));
    }

    @EventHandler
    void on(DecisionNotified event, @SequenceNumber long version) {
        fold(event.laureateId(), version, view -> view.notified(event, version));
    }

    @EventHandler
    void on(PaymentMade event, @SequenceNumber long version) {
        fold(event.laureateId(), version, view -> view.paid(event, version));
    }

    @EventHandler
    void on(LaureateEvaluated event, @SequenceNumber long version) {
        fold(event.laureateId(), version, view -> view.evaluated(event, version));
    }

    @EventHandler
    void on(AwardAmended event, @SequenceNumber long version) {
        fold(event.laureateId(), version, view -> view.amended(event, version));
    }

    @EventHandler
    void on(PaymentCancelled event, @SequenceNumber long version) {
        fold(event.laureateId(), version, view -> view.cancelled(event, version));
    }

    @EventHandler
    void on(PaymentRecovered event, @SequenceNumber long version) {
        fold(event.laureateId(), version, view -> view.recovered(event, version));
    }

    @EventHandler
    void on(LaureateWithdrawn event, @SequenceNumber long version) {
        fold(event.laureateId(), version, view -> view.withdrawn(event, version));
    }

    @EventHandler
    void on(SiretRecorded event, @SequenceNumber long version) {
        fold(event.laureateId(), version, view -> view.siretRecorded(event, version));
    }

    @ResetHandler
    void reset() {
        views.deleteAll();
    }

    /** The withers return the view itself for an event it already holds: nothing to save then. */
    private void fold(LaureateId id, long version, UnaryOperator<LaureateView> change) {
        views.find(id.value()).ifPresent(view -> {
            LaureateView next = change.apply(view);
            if (next != view) {
                views.save(next);
            }
        });
    }
}
