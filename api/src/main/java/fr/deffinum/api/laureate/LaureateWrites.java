package fr.deffinum.api.laureate;

import fr.deffinum.api.problem.LaureateNotFound;
import fr.deffinum.api.proposal.ProposalResponse;
import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.application.document.Documents;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.proposal.Proposals;
import fr.deffinum.application.proposal.Submitted;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.commands.ProposableStep;
import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import java.net.URI;
import java.security.Principal;
import java.util.List;
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
    private final Proposals proposals;
    private final LaureateResponses responses;
    private final Documents documents;

    LaureateWrites(LaureateRecorder recorder, ProgrammeOfficers officers, Proposals proposals,
                   LaureateResponses responses, Documents documents) {
        this.recorder = recorder;
        this.officers = officers;
        this.proposals = proposals;
        this.responses = responses;
        this.documents = documents;
    }

    /**
     * Records on laureate {@code id} the step it makes for {@code user}, one no approval policy
     * holds, refused if {@code ifMatch} names a version it moved on from.
     */
    ResponseEntity<LaureateDetail> record(String id, Principal user, Function<LaureateId, Object> command,
                                          Provenance provenance, String ifMatch) {
        LaureateId laureate = checked(id, user, provenance);
        Object step = command.apply(laureate);
        if (step instanceof RedirectLaureate redirection) {
            officers.requireOfficer(user, redirection.to());
        }
        return responses.withVersion(ResponseEntity.ok(),
                recorder.record(laureate, step, provenance, IfMatch.version(ifMatch)));
    }

    /** The same for a money step: recorded at once ({@code 200}), or proposed where the programme's policy holds it ({@code 202}). */
    ResponseEntity<?> submit(String id, Principal user, Function<LaureateId, ProposableStep> command,
                             Provenance provenance, String ifMatch) {
        LaureateId laureate = checked(id, user, provenance);
        Submitted submitted = proposals.submit(command.apply(laureate), provenance, IfMatch.version(ifMatch));
        if (submitted instanceof Submitted.Proposed proposed) {
            return ResponseEntity.accepted().location(URI.create("/api/proposals/" + proposed.proposal().proposalId()))
                    .body(ProposalResponse.of(proposed.proposal()));
        }
        return responses.withVersion(ResponseEntity.ok(), ((Submitted.Recorded) submitted).laureate());
    }

    private LaureateId checked(String id, Principal user, Provenance provenance) {
        LaureateId laureate = LaureateNotFound.requireId(id);
        officers.requireOfficerOf(user, id);
        documents.requireKnown(id, provenance.documents());
        return laureate;
    }

    /** Citing {@code documents} (null: none) as the step's evidence. */
    static Provenance provenance(Principal user, String reason, String correlation, List<String> documents) {
        return provenance(user, reason, correlation).citing(documents);
    }

    static Provenance provenance(Principal user, String reason, String correlation) {
        return new Provenance(user.getName(), reason, correlation == null || correlation.isBlank()
                ? null : correlation.substring(0, Math.min(correlation.length(), 100)));
    }
}
