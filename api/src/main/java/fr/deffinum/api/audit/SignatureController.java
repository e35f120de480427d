package fr.deffinum.api.audit;

import fr.deffinum.application.integrity.ChainHeadsSigning;
import fr.deffinum.application.integrity.HeadsSignature;
import fr.deffinum.application.integrity.HeadsSignatures;
import fr.deffinum.application.integrity.Pem;
import fr.deffinum.application.integrity.Signing;
import io.swagger.v3.oas.annotations.media.ArraySchema;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The signatures of the chain heads, and the public key that checks them and the export manifests. */
@RestController
@RequestMapping("/api/audit")
class SignatureController {

    static final String PEM = "application/x-pem-file";

    private final ChainHeadsSigning signing;
    private final HeadsSignatures signatures;
    private final Signing key;

    SignatureController(ChainHeadsSigning signing, HeadsSignatures signatures, Signing key) {
        this.signing = signing;
        this.signatures = signatures;
        this.key = key;
    }

    @PostMapping("/signatures")
    @ResponseStatus(HttpStatus.CREATED)
    @ApiResponse(responseCode = "201", description = "The heads of every chain now, signed and kept",
            content = @Content(schema = @Schema(implementation = HeadsSignature.class)))
    @ApiResponse(responseCode = "409", description = "SIGNING_OFF: this run has no signing key")
    HeadsSignature sign() {
        return signing.sign();
    }

    @GetMapping("/signatures")
    @ApiResponse(responseCode = "200", description = "The latest signatures, newest first, each with the heads it signed",
            content = @Content(array = @ArraySchema(schema = @Schema(implementation = HeadsSignature.class))))
    List<HeadsSignature> list(@RequestParam(defaultValue = "30") @Min(1) @Max(1000) int limit) {
        return signatures.newestFirst(limit);
    }

    @GetMapping(path = "/public-key", produces = PEM)
    @ApiResponse(responseCode = "200", description = "The Ed25519 public key (X.509 PEM) of this run's signing key")
    @ApiResponse(responseCode = "409", description = "SIGNING_OFF: this run has no signing key")
    String publicKey() {
        return Pem.publicKey(key.required());
    }
}
