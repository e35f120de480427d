package fr.deffinum.api.admin;

import fr.deffinum.application.projection.ProjectionStatus;
import fr.deffinum.application.projection.Projections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** Administration of the read side: where each projection stands, and its rebuild from the event store. */
@RestController
class ProjectionController {

    private final Projections projections;

    ProjectionController(Projections projections) {
        this.projections = projections;
    }

    @GetMapping(path = "/api/admin/projections")
    List<ProjectionStatus> status() {
        return projections.status();
    }

    @PostMapping(path = "/api/admin/projections/{name}/rebuild")
    List<ProjectionStatus> rebuild(@PathVariable String name) {
        if (projections.status().stream().noneMatch(projection -> projection.name().equals(name))) {
            throw new ProjectionNotFound(name);
        }
        projections.rebuild(Set.of(name));
        return projections.status();
    }

    /** All projections at once, in a single read of the event store. */
    @PostMapping(path = "/api/admin/projections/rebuild")
    List<ProjectionStatus> rebuildAll() {
        projections.rebuild(projections.status().stream().map(ProjectionStatus::name)
                .collect(Collectors.toCollection(LinkedHashSet::new)));
        return projections.status();
    }
}
