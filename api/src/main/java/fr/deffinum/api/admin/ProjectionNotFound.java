package fr.deffinum.api.admin;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A rebuild asked for a projection that does not exist. */
class ProjectionNotFound extends ResponseStatusException {

    ProjectionNotFound(String name) {
        super(HttpStatus.NOT_FOUND, "No projection named " + name);
    }
}
