package fr.deffinum.api.laureate;

import fr.deffinum.api.document.DocumentResponse;
import fr.deffinum.api.problem.LaureateNotFound;
import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.application.document.Documents;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import java.security.Principal;
import java.util.List;
import java.util.OptionalLong;
import java.util.function.Function;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The one way every REST endpoint records a step on a laureate, lifecycle and corrections alike:
 * the id of the path read as every endpoint of the resource reads it (one that cannot be a
 * laureate's is a 404, as an unknown one), the user an officer of the laureate's programme (and of
 * the programme a redirection moves it to) or an administrator, else a 403 and nothing is recorded,
 * an {@code If-Match} honoured (a version that is no longer the laureate's is a 412 and nothing is
 * recorded), the answer the laureate once recorded with its version as {@code ETag}.
 */
@Component
class LaureateWrites {

    static final String CORRELATION = "X-Correlation-Id";
    static final String IF_MATCH = HttpHeaders.IF_MATCH;

    private final LaureateRecorder recorder;
    private final ProgrammeOfficers officers;
    private final Documents documents;

    LaureateWrites(LaureateRecorder recorder, ProgrammeOfficers officers, Documents documents) {
        this.recorder = recorder;
        this.officers = officers;
        this.documents = documents;
    }

    /**
     * Records on laureate {@code id} the command it makes for {@code user}, refused if {@code ifMatch}
     * names a version it moved on from.
     */
    ResponseEntity<LaureateDetail> record(String id, Principal user, Function<LaureateId, Object> command,
                                          Provenance provenance, String ifMatch) {
        LaureateId laureate = LaureateNotFound.requireId(id);
        officers.requireOfficerOf(user, id);
        Object step = command.apply(laureate);
        if (step instanceof RedirectLaureate redirection) {
            officers.requireOfficer(user, redirection.to());
        }
        OptionalLong expected = IfMatch.version(ifMatch);
        return withVersion(ResponseEntity.ok(), recorder.record(laureate, step, provenance, expected));
    }

    /** The laureate as the body, its version as the {@code ETag}: what a later {@code If-Match} names. */
    ResponseEntity<LaureateDetail> withVersion(ResponseEntity.BodyBuilder response, LaureateView view) {
        return withVersion(response, view, PointInTime.NOW);
    }

    /** The laureate as it stood at {@code point}, with the documents recorded and in effect by then. */
    ResponseEntity<LaureateDetail> withVersion(ResponseEntity.BodyBuilder response, LaureateView view,
                                               PointInTime point) {
        List<DocumentResponse> attached = documents.of(view.id(), point).stream().map(DocumentResponse::of).toList();
        return response.header(HttpHeaders.ETAG, IfMatch.etag(view.version())).body(LaureateDetail.of(view, attached));
    }

    static Provenance provenance(Principal user, String reason, String correlation) {
        return new Provenance(user.getName(), reason, correlation == null || correlation.isBlank()
                ? null : correlation.substring(0, Math.min(correlation.length(), 100)));
    }
}
