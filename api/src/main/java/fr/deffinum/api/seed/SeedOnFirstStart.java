package fr.deffinum.api.seed;

import fr.deffinum.api.security.DemoUsers;
import fr.deffinum.api.security.OidcProperties;
import fr.deffinum.api.security.Roles;
import fr.deffinum.api.security.UsersProperties;
import fr.deffinum.application.importing.PressReleaseImport;
import fr.deffinum.application.projection.Projections;
import java.time.Duration;
import java.util.Collection;
import java.util.Set;
import java.util.TreeSet;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Records the laureates of the press release that are not in the store yet (after
 * {@link UpgradeOnStart}), with the run's officers in charge of their programmes where none is yet:
 * the demonstration's officer and approver on the embedded default run, and the users configured
 * with the officer's or the approver's role (signing in with a password or through single sign-on); then waits for the projections to show them. Runs before the application
 * reports itself ready, so that a ready instance never shows a partial seed.
 */
@Component
@Order(SeedOnFirstStart.ORDER)
@ConditionalOnProperty(name = "deffinum.seed.enabled", havingValue = "true", matchIfMissing = true)
class SeedOnFirstStart implements ApplicationRunner {

    static final int ORDER = UpgradeOnStart.ORDER + 1;
    private static final Logger log = LoggerFactory.getLogger(SeedOnFirstStart.class);
    private static final Duration CATCH_UP = Duration.ofMinutes(10);

    private final PressReleaseImport pressRelease;
    private final DemoUsers demo;
    private final UsersProperties configured;
    private final ObjectProvider<OidcProperties> singleSignOn;
    private final Projections projections;

    SeedOnFirstStart(PressReleaseImport pressRelease, DemoUsers demo, UsersProperties configured,
                     ObjectProvider<OidcProperties> singleSignOn, Projections projections) {
        this.pressRelease = pressRelease;
        this.demo = demo;
        this.configured = configured;
        this.singleSignOn = singleSignOn;
        this.projections = projections;
    }

    @Override
    public void run(ApplicationArguments args) {
        Set<String> officers = new TreeSet<>(demo.officers());
        configured.users().stream().filter(user -> inCharge(user.roles()))
                .forEach(user -> officers.add(user.name()));
        singleSignOn.ifAvailable(oidc -> oidc.users().stream().filter(user -> inCharge(user.roles()))
                .forEach(user -> officers.add(user.name())));
        pressRelease.run(officers);
        if (!projections.awaitCaughtUp(CATCH_UP)) {
            throw new IllegalStateException("Projections did not catch up within " + CATCH_UP);
        }
        log.info("Projections caught up with the event store");
    }

    /** Officers record in their programmes, approvers approve there: both are assigned to them. */
    private static boolean inCharge(Collection<String> roles) {
        return roles.contains(Roles.OFFICER) || roles.contains(Roles.APPROVER);
    }
}
