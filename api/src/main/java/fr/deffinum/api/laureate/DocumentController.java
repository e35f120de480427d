package fr.deffinum.api.laureate;

import static fr.deffinum.api.laureate.LaureateWrites.CORRELATION;
import static fr.deffinum.api.laureate.LaureateWrites.provenance;

import fr.deffinum.api.document.Attachment;
import fr.deffinum.api.document.DocumentResponse;
import fr.deffinum.api.document.Downloads;
import fr.deffinum.api.problem.LaureateNotFound;
import fr.deffinum.api.security.ProgrammeOfficers;
import fr.deffinum.application.document.DocumentView;
import fr.deffinum.application.document.Documents;
import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.ledger.PointInTime;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import java.math.BigDecimal;
import java.net.URI;
import java.security.Principal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.format.annotation.DateTimeFormat.ISO;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RequestPart;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.multipart.MultipartFile;

/**
 * Documents as evidence: attached to a laureate by an officer of its programme (or an administrator),
 * read by every reader, downloaded only as the hash recorded in the laureate's history names them.
 */
@RestController
class DocumentController {

    private final Documents documents;
    private final Downloads downloads;
    private final ProgrammeOfficers officers;
    private final LaureateRecorder recorder;

    DocumentController(Documents documents, Downloads downloads, ProgrammeOfficers officers,
                       LaureateRecorder recorder) {
        this.documents = documents;
        this.downloads = downloads;
        this.officers = officers;
        this.recorder = recorder;
    }

    @PostMapping(path = "/api/laureates/{id}/documents", consumes = MediaType.MULTIPART_FORM_DATA_VALUE)
    @ApiResponse(responseCode = "201", description = "Attached: the document, at the Location given",
            content = @Content(schema = @Schema(implementation = DocumentResponse.class)))
    @ApiResponse(responseCode = "413", description = "DOCUMENT_TOO_LARGE: above deffinum.documents.max-size")
    @ApiResponse(responseCode = "415", description = "DOCUMENT_TYPE_REFUSED: not PDF, PNG, JPEG, ODT, ODS, DOCX, "
            + "XLSX, CSV or plain text, or not what its name says")
    @ApiResponse(responseCode = "422", description = "DOCUMENT_EMPTY, DOCUMENT_KIND_UNKNOWN")
    ResponseEntity<DocumentResponse> attach(@PathVariable String id,
                                            @RequestPart(name = "file", required = false) MultipartFile file,
                                            @RequestParam(required = false) String kind,
                                            @RequestParam(required = false) String reason,
                                            @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE)
                                            @PlausibleDate LocalDate attachedOn,
                                            @RequestParam(required = false) BigDecimal amount, Principal user,
                                            @RequestHeader(name = CORRELATION, required = false) String correlation) {
        LaureateId laureate = LaureateNotFound.requireId(id);
        officers.requireOfficerOf(user, id);
        DocumentView attached = documents.attach(laureate, Attachment.of(file), Documents.kind(kind), attachedOn,
                amount == null ? null : new Money(amount), provenance(user, reason, correlation));
        return ResponseEntity.created(URI.create("/api/documents/" + attached.id())).body(DocumentResponse.of(attached));
    }

    @GetMapping("/api/laureates/{id}/documents")
    @ApiResponse(responseCode = "200", description = "The laureate's documents, oldest first, at the point in time asked",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = DocumentResponse.class))))
    List<DocumentResponse> list(@PathVariable String id, @RequestParam(required = false) Instant asOf,
                                @RequestParam(required = false) @DateTimeFormat(iso = ISO.DATE) LocalDate effectiveOn) {
        if (!recorder.exists(LaureateNotFound.requireId(id))) {
            throw new LaureateNotFound(id);
        }
        return documents.of(id, new PointInTime(asOf, effectiveOn)).stream().map(DocumentResponse::of).toList();
    }

    @GetMapping("/api/documents/{id}")
    @ApiResponse(responseCode = "200", description = "The document's bytes, checked against its SHA-256 (the ETag)")
    @ApiResponse(responseCode = "409", description = "DOCUMENT_ALTERED or DOCUMENT_MISSING: the store no longer "
            + "holds the bytes the laureate's history names; nothing is served")
    ResponseEntity<byte[]> download(@PathVariable String id) {
        return downloads.download(id);
    }
}
