package fr.deffinum.api.problem;

import java.net.URI;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/**
 * RFC 7807 problem details with a stable {@code code}, in English ({@code title}, {@code detail})
 * and in French ({@code titre}, {@code detail_fr}): read by programs and by people alike.
 */
public final class Problems {

    private static final Map<Integer, String[]> GENERIC = Map.ofEntries(
            Map.entry(400, new String[]{"INVALID_REQUEST", "Requête invalide"}),
            Map.entry(401, new String[]{"AUTHENTICATION_REQUIRED", "Authentification requise"}),
            Map.entry(403, new String[]{"FORBIDDEN", "Accès refusé"}),
            Map.entry(404, new String[]{"NOT_FOUND", "Ressource introuvable"}),
            Map.entry(405, new String[]{"METHOD_NOT_ALLOWED", "Méthode non autorisée"}),
            Map.entry(406, new String[]{"NOT_ACCEPTABLE", "Format de réponse non disponible"}),
            Map.entry(409, new String[]{"CONFLICT", "Conflit avec l'état du lauréat"}),
            Map.entry(412, new String[]{"PRECONDITION_FAILED", "Le lauréat a changé depuis votre lecture"}),
            Map.entry(413, new String[]{"PAYLOAD_TOO_LARGE", "Requête trop volumineuse"}),
            Map.entry(415, new String[]{"UNSUPPORTED_MEDIA_TYPE", "Type de contenu non pris en charge"}),
            Map.entry(422, new String[]{"RULE_BREACHED", "Règle de gestion enfreinte"}),
            Map.entry(500, new String[]{"INTERNAL_ERROR", "Erreur interne"}),
            Map.entry(503, new String[]{"SERVICE_UNAVAILABLE", "Service momentanément indisponible"}));

    private Problems() {
    }

    public static ProblemDetail of(HttpStatusCode status, String code, String title, String detail,
                                   String titleFr, String detailFr) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(URI.create("urn:deffinum:problem:" + code.toLowerCase().replace('_', '-')));
        problem.setTitle(title);
        problem.setProperty("code", code);
        problem.setProperty("titre", titleFr);
        problem.setProperty("detail_fr", detailFr);
        return problem;
    }

    /** Completes a problem Spring built for a framework-level error with a code and French words. */
    public static ProblemDetail completed(ProblemDetail problem) {
        String[] generic = GENERIC.getOrDefault(problem.getStatus(), new String[]{"ERROR", "Erreur"});
        if (problem.getProperties() == null || !problem.getProperties().containsKey("code")) {
            problem.setProperty("code", generic[0]);
            problem.setType(URI.create("urn:deffinum:problem:" + generic[0].toLowerCase().replace('_', '-')));
        }
        if (problem.getTitle() == null) {
            HttpStatus status = HttpStatus.resolve(problem.getStatus());
            problem.setTitle(status == null ? "Error" : status.getReasonPhrase());
        }
        problem.getProperties().putIfAbsent("titre", generic[1]);
        problem.getProperties().putIfAbsent("detail_fr", generic[1] + ".");
        return problem;
    }

    public static ProblemDetail generic(HttpStatus status, String detail, String detailFr) {
        String[] generic = GENERIC.get(status.value());
        return of(status, generic[0], status.getReasonPhrase(), detail, generic[1], detailFr);
    }
}
