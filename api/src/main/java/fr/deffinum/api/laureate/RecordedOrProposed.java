package fr.deffinum.api.laureate;

import fr.deffinum.api.proposal.ProposalResponse;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The two answers of a money step in the API description: recorded at once, or proposed for a second person's approval. */
@Target(ElementType.METHOD)
@Retention(RetentionPolicy.RUNTIME)
@ApiResponse(responseCode = "200", description = "Recorded at once: the laureate, its version as ETag",
        content = @Content(mediaType = "application/json", schema = @Schema(implementation = LaureateDetail.class)))
@ApiResponse(responseCode = "202", description = "Held by the programme's approval policy: the proposal, waiting for"
        + " another person's approval", content = @Content(mediaType = "application/json",
        schema = @Schema(implementation = ProposalResponse.class)))
@interface RecordedOrProposed {
}
