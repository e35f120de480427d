package fr.deffinum.api.seed;

import fr.deffinum.application.importing.ProgrammesUpgrade;
import fr.deffinum.application.projection.Projections;
import java.time.Duration;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Gives a store written before programmes were data its programmes, and nothing else
 * ({@link ProgrammesUpgrade}), before anything else is recorded: the seed, whether or not it is
 * switched on, and every request. Changes nothing on any other store.
 */
@Component
@Order(UpgradeOnStart.ORDER)
class UpgradeOnStart implements ApplicationRunner {

    static final int ORDER = Ordered.HIGHEST_PRECEDENCE;
    private static final Duration CATCH_UP = Duration.ofMinutes(10);

    private final ProgrammesUpgrade upgrade;
    private final Projections projections;

    UpgradeOnStart(ProgrammesUpgrade upgrade, Projections projections) {
        this.upgrade = upgrade;
        this.projections = projections;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (upgrade.run() > 0 && !projections.awaitCaughtUp(CATCH_UP)) {
            throw new IllegalStateException("Projections did not catch up within " + CATCH_UP);
        }
    }
}
