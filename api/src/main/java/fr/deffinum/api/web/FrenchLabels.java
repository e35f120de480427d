package fr.deffinum.api.web;

import fr.deffinum.application.laureate.AmountBasis;
import fr.deffinum.application.laureate.LaureateStatus;
import fr.deffinum.application.programme.Sectors;
import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.domain.laureate.EvaluationOutcome;
import fr.deffinum.domain.laureate.PaymentKind;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.proposal.ProposalState;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/** The French words for the model's constants. Templates call it as {@code @labels}. */
@Component("labels")
public class FrenchLabels {

    /** Event types as the audit journal stores them (the event's simple class name). */
    public static final Map<String, String> EVENT_TYPES = eventTypes();

    private static Map<String, String> eventTypes() {
        Map<String, String> types = new LinkedHashMap<>();
        types.put("LaureateSelected", "Sélection du lauréat");
        types.put("LaureateRedirected", "Réorientation vers un autre programme");
        types.put("DecisionNotified", "Notification de la décision");
        types.put("PaymentMade", "Versement");
        types.put("LaureateEvaluated", "Évaluation");
        types.put("AwardAmended", "Avenant");
        types.put("PaymentCancelled", "Annulation d'un versement");
        types.put("PaymentRecovered", "Reversement");
        types.put("LaureateWithdrawn", "Renonciation du lauréat");
        types.put("SiretRecorded", "Enregistrement du SIRET");
        types.put("DocumentAttached", "Pièce jointe");
        types.put("ConventionSigned", "Convention signée");
        types.put("ScheduleReplanned", "Échéancier replanifié");
        types.put("DeadlinesChanged", "Délais du programme");
        return Collections.unmodifiableMap(types);
    }

    public String status(LaureateStatus status) {
        return switch (status) {
            case SELECTED -> "Sélectionné";
            case REDIRECTED_TO_CMA -> "Réorienté";
            case NOTIFIED -> "Décision notifiée";
            case PARTLY_FUNDED -> "Partiellement versé";
            case FULLY_FUNDED -> "Entièrement versé";
            case EVALUATED -> "Évalué";
            case WITHDRAWN -> "Renoncé";
        };
    }

    /** A programme is shown by its code, as officers and the calls name it. */
    public String programme(Object code) {
        return String.valueOf(code);
    }

    public String status(String name) {
        return status(LaureateStatus.valueOf(name));
    }

    public String sector(String stored) {
        return Sectors.label(stored);
    }

    public String basis(AmountBasis basis) {
        return switch (basis) {
            case MAXIMUM -> "maximum";
            case FIRM -> "ferme";
        };
    }

    public String paymentKind(PaymentKind kind) {
        return kind.label();
    }

    public String outcome(EvaluationOutcome outcome) {
        return outcome.label();
    }

    public String scope(Scope scope) {
        return scope == null ? "Non publiée" : switch (scope) {
            case NATIONAL -> "Nationale";
            case INTERREGIONAL -> "Interrégionale";
        };
    }

    public String eventType(String type) {
        return EVENT_TYPES.getOrDefault(type, type);
    }

    /** What a proposal would record: one of the operations an approval policy names, or a file's lines. */
    public String operation(String operation) {
        return switch (operation) {
            case "NOTIFICATION" -> "Notification de la décision";
            case "AMENDMENT" -> "Avenant";
            case "PAYMENT" -> "Versement";
            case "CANCELLATION" -> "Annulation d'un versement";
            case "RECOVERY" -> "Reversement";
            case "WITHDRAWAL" -> "Renonciation";
            case "CONVENTION" -> "Convention et échéancier";
            case ProposalView.IMPORT -> "Import d'un fichier d'opérations";
            default -> operation;
        };
    }

    public String proposalState(ProposalState state) {
        return switch (state) {
            case PENDING -> "En attente de validation";
            case APPROVED -> "Approuvée";
            case REJECTED -> "Rejetée";
            case WITHDRAWN -> "Retirée par son auteur";
        };
    }
}
