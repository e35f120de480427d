package fr.deffinum.api.problem;

import fr.deffinum.application.document.DocumentAltered;
import fr.deffinum.application.document.DocumentRefused;
import fr.deffinum.application.convention.RemindersOff;
import fr.deffinum.application.integrity.SigningOff;
import fr.deffinum.application.laureate.ReadSideBehind;
import fr.deffinum.application.laureate.RuleMessages;
import fr.deffinum.application.programme.NotProgrammeOfficer;
import fr.deffinum.application.programme.ProgrammeExists;
import fr.deffinum.application.proposal.UnknownProposal;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.money.InvalidAmount;
import fr.deffinum.infrastructure.database.LostConnection;
import jakarta.validation.ConstraintViolation;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.security.web.firewall.RequestRejectedException;
import org.springframework.transaction.CannotCreateTransactionException;
import org.springframework.validation.FieldError;
import org.springframework.validation.beanvalidation.LocalValidatorFactoryBean;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;

/** Every error of the REST API as problem+json; nothing has been recorded when one is returned. */
@RestControllerAdvice
public class ApiExceptionHandler extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ApiExceptionHandler.class);

    private final LocalValidatorFactoryBean validator;

    public ApiExceptionHandler(LocalValidatorFactoryBean validator) {
        this.validator = validator;
    }

    @ExceptionHandler(RuleViolation.class)
    ProblemDetail ruleViolation(RuleViolation violation) {
        Rule rule = violation.rule();
        HttpStatus status = switch (rule.nature()) {
            case CONFLICT -> HttpStatus.CONFLICT;
            case BREACH -> HttpStatus.UNPROCESSABLE_ENTITY;
            case FORBIDDEN -> HttpStatus.FORBIDDEN;
        };
        String english = RuleMessages.english(rule);
        String french = RuleMessages.french(rule);
        String detail = rule.name() + ": " + english + " (" + violation.detail() + ")";
        return Problems.of(status, rule.name(), english, detail, french, french + ".");
    }

    @ExceptionHandler(AggregateNotFoundException.class)
    ProblemDetail unknownLaureate(AggregateNotFoundException notFound) {
        return LaureateNotFound.problem(String.valueOf(notFound.getAggregateIdentifier()));
    }

    @ExceptionHandler(LaureateNotFound.class)
    ProblemDetail unknownLaureate(LaureateNotFound notFound) {
        return LaureateNotFound.problem(notFound.id());
    }

    @ExceptionHandler(ProgrammeNotFound.class)
    ProblemDetail unknownProgramme(ProgrammeNotFound notFound) {
        return ProgrammeNotFound.problem(notFound.code());
    }

    @ExceptionHandler(UnknownProposal.class)
    ProblemDetail unknownProposal(UnknownProposal unknown) {
        return Problems.of(HttpStatus.NOT_FOUND, "PROPOSAL_NOT_FOUND", "Proposal not found",
                "No proposal has the id " + unknown.id(), "Proposition introuvable",
                "Aucune proposition ne porte l'identifiant " + unknown.id() + ".");
    }

    @ExceptionHandler(RemindersOff.class)
    ProblemDetail remindersOff(RemindersOff off) {
        return Problems.of(HttpStatus.CONFLICT, "REMINDERS_OFF", "Reminders are off",
                "No digest can be sent: " + off.getMessage(), "Rappels désactivés",
                "Aucun récapitulatif ne peut être envoyé : aucun serveur SMTP n'est configuré (spring.mail.host).");
    }

    @ExceptionHandler(DocumentNotFound.class)
    ProblemDetail unknownDocument(DocumentNotFound notFound) {
        return DocumentNotFound.problem(notFound.id());
    }

    @ExceptionHandler(ImportNotFound.class)
    ProblemDetail unknownImport(ImportNotFound notFound) {
        return ImportNotFound.problem(notFound.id());
    }

    @ExceptionHandler(DocumentRefused.class)
    ProblemDetail documentRefused(DocumentRefused refused) {
        return DocumentProblems.refused(refused);
    }

    @ExceptionHandler(DocumentAltered.class)
    ProblemDetail documentAltered(DocumentAltered altered) {
        log.warn("Not served: {}", altered.getMessage());
        return DocumentProblems.altered(altered);
    }

    @ExceptionHandler(ProgrammeExists.class)
    ProblemDetail programmeExists(ProgrammeExists exists) {
        return Problems.of(HttpStatus.CONFLICT, "PROGRAMME_EXISTS", "Programme already recorded",
                "A programme is already recorded under the code " + exists.code() + "; nothing was recorded",
                "Programme déjà enregistré",
                "Un programme porte déjà le code " + exists.code() + " ; rien n'a été enregistré.");
    }

    @ExceptionHandler(NotProgrammeOfficer.class)
    ProblemDetail notProgrammeOfficer(NotProgrammeOfficer refused) {
        return Problems.of(HttpStatus.FORBIDDEN, "NOT_PROGRAMME_OFFICER", "Not an officer of this programme",
                refused.user() + " is not among the officers of programme " + refused.code() + "; nothing was recorded",
                "Vous n'êtes pas chargé de mission de ce programme",
                "Vous ne figurez pas parmi les chargés de mission du programme " + refused.code()
                        + " ; rien n'a été enregistré.");
    }

    @ExceptionHandler(InvalidAmount.class)
    ProblemDetail invalidAmount(InvalidAmount invalid) {
        return Problems.of(HttpStatus.BAD_REQUEST, "INVALID_AMOUNT", "Invalid amount", invalid.getMessage(),
                "Montant invalide", "Un montant doit être positif, en euros, avec au plus deux décimales.");
    }

    @ExceptionHandler(ConcurrencyException.class)
    ProblemDetail concurrentWrite(ConcurrencyException conflict) {
        return Problems.of(HttpStatus.CONFLICT, "CONCURRENT_MODIFICATION", "Concurrent modification",
                "Another change to this laureate was recorded at the same time; read it again and retry",
                "Modification concurrente", "Une autre modification de ce lauréat a été enregistrée au même moment ; "
                        + "relisez-le puis recommencez.");
    }

    @ExceptionHandler({ConflictingAggregateVersionException.class, PreconditionFailed.class})
    ProblemDetail staleVersion(Exception stale) {
        return Problems.of(HttpStatus.PRECONDITION_FAILED, "VERSION_MISMATCH", "Laureate changed since read",
                "The laureate is no longer at the version named by If-Match; nothing was recorded. Read it again (ETag)",
                "Le lauréat a changé depuis votre lecture",
                "Le lauréat n'est plus à la version indiquée par If-Match ; rien n'a été enregistré. Relisez-le.");
    }

    @ExceptionHandler(SigningOff.class)
    ProblemDetail signingOff(SigningOff off) {
        return Problems.of(HttpStatus.CONFLICT, "SIGNING_OFF", "Signing is off",
                "This run has no signing key: configure deffinum.signing.key-file", "Signature désactivée",
                "Cette instance n'a pas de clé de signature : configurez deffinum.signing.key-file.");
    }

    @ExceptionHandler(ReadSideBehind.class)
    ResponseEntity<Map<String, Object>> recordedNotYetVisible(ReadSideBehind behind) {
        return ResponseEntity.accepted().body(Map.of("id", behind.laureateId(), "version", behind.version(),
                "message", "Recorded; the read model will show it shortly",
                "message_fr", "Enregistré ; la vue sera à jour dans un instant"));
    }

    /** A multipart body the server cannot read (no boundary, truncated); one over the size limit is a 413, answered by the base class. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException unreadable) {
        return Problems.of(HttpStatus.BAD_REQUEST, "MULTIPART_UNREADABLE", "Unreadable multipart body",
                "The multipart/form-data body cannot be read (" + unreadable.getMostSpecificCause().getMessage()
                        + "); send it with its boundary", "Envoi illisible",
                "Le contenu multipart/form-data ne peut pas être lu : envoyez-le avec sa délimitation (boundary).");
    }

    /** The security firewall checks a header only when it is read: one with characters it refuses is read by a controller. */
    @ExceptionHandler(RequestRejectedException.class)
    ProblemDetail rejectedRequest(RequestRejectedException rejected) {
        return ServerErrorsAsProblems.rejected();
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail wrongParameter(MethodArgumentTypeMismatchException mismatch) {
        return Problems.generic(HttpStatus.BAD_REQUEST, "Parameter '" + mismatch.getName() + "' has an invalid value",
                "Le paramètre « " + mismatch.getName() + " » a une valeur invalide.");
    }

    /** A query value PostgreSQL cannot hold (a NUL character, a date beyond its range) matches nothing sensible. */
    @ExceptionHandler(DataIntegrityViolationException.class)
    ProblemDetail valueOutOfRange(DataIntegrityViolationException outOfRange) {
        log.info("Value refused by the database: {}", outOfRange.getMostSpecificCause().getMessage());
        return Problems.generic(HttpStatus.BAD_REQUEST, "A parameter holds a value out of range or a forbidden character",
                "Un paramètre contient une valeur hors limites ou un caractère interdit.");
    }

    @ExceptionHandler({DataAccessResourceFailureException.class, CannotCreateTransactionException.class,
            TransientDataAccessException.class})
    ProblemDetail databaseUnavailable(Exception unavailable) {
        log.warn("Database unavailable: {}", unavailable.getMessage());
        return Problems.generic(HttpStatus.SERVICE_UNAVAILABLE, "The database cannot be reached; nothing was recorded",
                "La base de données est injoignable ; rien n'a été enregistré.");
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception unexpected) {
        if (LostConnection.causes(unexpected)) {
            return databaseUnavailable(unexpected);
        }
        log.error("Unexpected error", unexpected);
        return Problems.generic(HttpStatus.INTERNAL_SERVER_ERROR, "An unexpected error occurred",
                "Une erreur inattendue s'est produite.");
    }

    @Override
    protected ResponseEntity<Object> handleMethodArgumentNotValid(MethodArgumentNotValidException invalid,
                                                                  HttpHeaders headers, HttpStatusCode status,
                                                                  WebRequest request) {
        List<Map<String, String>> errors = invalid.getFieldErrors().stream().map(this::fieldError).toList();
        ProblemDetail problem = Problems.of(HttpStatus.BAD_REQUEST, "INVALID_REQUEST", "Invalid request",
                "Some fields are missing or invalid", "Requête invalide",
                "Certains champs sont manquants ou invalides.");
        problem.setProperty("errors", errors);
        return ResponseEntity.badRequest().body(problem);
    }

    @Override
    protected ResponseEntity<Object> createResponseEntity(Object body, HttpHeaders headers, HttpStatusCode statusCode,
                                                          WebRequest request) {
        if (body instanceof ProblemDetail problem) {
            HttpHeaders problemHeaders = new HttpHeaders();
            problemHeaders.putAll(headers);
            problemHeaders.setContentType(MediaType.APPLICATION_PROBLEM_JSON);
            return super.createResponseEntity(Problems.completed(problem), problemHeaders, statusCode, request);
        }
        return super.createResponseEntity(body, headers, statusCode, request);
    }

    private Map<String, String> fieldError(FieldError error) {
        String english = error.getDefaultMessage();
        String french = english;
        if (error.contains(ConstraintViolation.class)) {
            ConstraintViolation<?> violation = error.unwrap(ConstraintViolation.class);
            FieldMessages messages = new FieldMessages(validator, violation);
            english = messages.in(Locale.ENGLISH);
            french = messages.in(Locale.FRENCH);
        }
        return Map.of("field", error.getField(), "message", english == null ? "" : english,
                "message_fr", french == null ? "" : french);
    }
}
