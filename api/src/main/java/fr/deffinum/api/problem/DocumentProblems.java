package fr.deffinum.api.problem;

import fr.deffinum.application.document.DocumentAltered;
import fr.deffinum.application.document.DocumentRefused;
import fr.deffinum.application.integrity.DocumentProblem;
import fr.deffinum.domain.laureate.DocumentKind;
import java.util.Arrays;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;

/**
 * The problems of documents. A file refused is answered by what is wrong with the request: no file
 * (400), an unknown kind or an empty file (422), too large (413), a type not accepted or a content
 * its name belies (415). A document whose stored bytes no longer give the hash its event names is a
 * 409: the request is right, the store no longer agrees with the history, and the bytes are never
 * served; an auditor finds it in {@code GET /api/audit/verify} too.
 */
public final class DocumentProblems {

    private DocumentProblems() {
    }

    public static ProblemDetail refused(DocumentRefused refused) {
        String code = refused.reason().code();
        String detail = refused.getMessage() + "; nothing was recorded";
        return switch (refused.reason()) {
            case MISSING -> Problems.of(HttpStatus.BAD_REQUEST, code, "No file", "The request carries no part named "
                    + "'file'; nothing was recorded", "Aucun fichier", "La requête ne contient pas de fichier (partie "
                    + "« file ») ; rien n'a été enregistré.");
            case KIND_UNKNOWN -> Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, code, "Unknown kind of document", detail,
                    "Nature de pièce inconnue", "La nature de la pièce doit être l'une de " + kinds()
                            + " ; rien n'a été enregistré.");
            case EMPTY -> Problems.of(HttpStatus.UNPROCESSABLE_ENTITY, code, "Empty file", detail, "Fichier vide",
                    "Le fichier est vide ; rien n'a été enregistré.");
            case TOO_LARGE -> Problems.of(HttpStatus.PAYLOAD_TOO_LARGE, code, "File too large", detail,
                    "Fichier trop volumineux", "Le fichier dépasse la taille admise ; rien n'a été enregistré.");
            case TYPE_REFUSED -> Problems.of(HttpStatus.UNSUPPORTED_MEDIA_TYPE, code, "Type of file refused", detail
                            + ". Accepted: PDF, PNG, JPEG, ODT, ODS, DOCX, XLSX, CSV, plain text",
                    "Type de fichier refusé", "Le contenu du fichier n'est pas d'un type admis (PDF, PNG, JPEG, ODT, "
                            + "ODS, DOCX, XLSX, CSV, texte) ou ne correspond pas à l'extension de son nom ; rien n'a "
                            + "été enregistré.");
        };
    }

    public static ProblemDetail altered(DocumentAltered altered) {
        String document = altered.document().id();
        String laureate = altered.document().laureate();
        if (altered.problem() == DocumentProblem.MISSING) {
            return Problems.of(HttpStatus.CONFLICT, "DOCUMENT_MISSING", "Document missing from the store",
                    "The store holds no bytes for document " + document + " of laureate " + laureate,
                    "Pièce absente du stockage", "Le stockage ne contient plus la pièce " + document
                            + " du lauréat ; elle ne peut être servie.");
        }
        return Problems.of(HttpStatus.CONFLICT, "DOCUMENT_ALTERED", "Document altered",
                "The stored bytes of document " + document + " of laureate " + laureate
                        + " no longer give the SHA-256 its event names; they are not served",
                "Pièce altérée", "Le contenu stocké de la pièce " + document + " ne correspond plus à l'empreinte "
                        + "SHA-256 enregistrée dans l'historique du lauréat ; il n'est pas servi.");
    }

    /** What a page says of a problem: its French detail. */
    public static String french(ProblemDetail problem) {
        return String.valueOf(problem.getProperties().get("detail_fr"));
    }

    private static String kinds() {
        return Arrays.toString(DocumentKind.values());
    }
}
