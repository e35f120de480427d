package fr.deffinum.api.admin;

import fr.deffinum.application.projection.ProjectionStatus;
import fr.deffinum.application.projection.Projections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.HealthIndicator;
import org.springframework.stereotype.Component;

/** Each projection's position against the head of the event store; down when one has stopped. */
@Component("projections")
class ProjectionsHealthIndicator implements HealthIndicator {

    private final Projections projections;

    ProjectionsHealthIndicator(Projections projections) {
        this.projections = projections;
    }

    @Override
    public Health health() {
        Map<String, Object> details = new LinkedHashMap<>();
        boolean allRunning = true;
        for (ProjectionStatus status : projections.status()) {
            details.put(status.name(), Map.of("running", status.running(), "replaying", status.replaying(),
                    "position", status.position(), "head", status.head(), "behind", status.behind()));
            allRunning &= status.running();
        }
        return (allRunning ? Health.up() : Health.down()).withDetails(details).build();
    }
}
