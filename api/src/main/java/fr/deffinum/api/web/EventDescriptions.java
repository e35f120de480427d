package fr.deffinum.api.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import fr.deffinum.application.programme.Sectors;
import fr.deffinum.application.audit.RecordedEvent;
import fr.deffinum.domain.laureate.events.AwardAmended;
import fr.deffinum.domain.laureate.convention.Tranche;
import fr.deffinum.domain.laureate.events.ConventionSigned;
import fr.deffinum.domain.laureate.events.DecisionNotified;
import fr.deffinum.domain.laureate.events.ScheduleReplanned;
import fr.deffinum.domain.laureate.events.DocumentAttached;
import fr.deffinum.domain.laureate.events.LaureateEvaluated;
import fr.deffinum.domain.laureate.events.LaureateEvent;
import fr.deffinum.domain.laureate.events.LaureateRedirected;
import fr.deffinum.domain.laureate.events.LaureateSelected;
import fr.deffinum.domain.laureate.events.LaureateWithdrawn;
import fr.deffinum.domain.laureate.events.PaymentCancelled;
import fr.deffinum.domain.laureate.events.PaymentMade;
import fr.deffinum.domain.laureate.events.PaymentRecovered;
import fr.deffinum.domain.laureate.events.SiretRecorded;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * What an event says, in one French sentence. The audit journal keeps payloads as JSON trees: they
 * are read back into the event records first. Templates call it as {@code @events}.
 */
@Component("events")
public class EventDescriptions {

    private static final Map<String, Class<?>> TYPES = Arrays.stream(LaureateEvent.class.getPermittedSubclasses())
            .collect(Collectors.toMap(Class::getSimpleName, Function.identity()));

    private final ObjectMapper json;
    private final FrenchFormats fr;
    private final FrenchLabels labels;

    public EventDescriptions(ObjectMapper json, FrenchFormats fr, FrenchLabels labels) {
        this.json = json;
        this.fr = fr;
        this.labels = labels;
    }

    public String describe(RecordedEvent recorded) {
        LaureateEvent event = event(recorded);
        if (event == null) {
            return "";
        }
        if (event instanceof LaureateSelected e) {
            return "Programme " + e.programme() + (e.sector() == null ? "" : ", secteur " + quoted(Sectors.label(e.sector())))
                    + ", coût complet "
                    + fr.money(e.totalCost()) + ", subvention maximale " + fr.money(e.maximumGrant()) + ".";
        }
        if (event instanceof LaureateRedirected e) {
            return "De " + e.from() + " vers " + e.to() + ", stratégie " + quoted(e.strategy()) + ".";
        }
        if (event instanceof DecisionNotified e) {
            return "Montant accordé, désormais ferme : " + fr.money(e.awardedAmount())
                    + " (décision " + e.decisionReference() + ").";
        }
        if (event instanceof PaymentMade e) {
            return labels.paymentKind(e.kind()) + " de " + fr.money(e.amount()) + " (versement " + e.paymentId()
                    + (e.trancheId() == null ? "" : ", tranche " + e.trancheId()) + ").";
        }
        if (event instanceof ConventionSigned e) {
            return "Convention " + e.reference() + " signée le " + fr.date(e.signedOn()) + ", projet du "
                    + fr.date(e.startsOn()) + " au " + fr.date(e.endsOn()) + ", " + tranches(e.tranches()) + ".";
        }
        if (event instanceof ScheduleReplanned e) {
            return "Nouvel échéancier : " + tranches(e.tranches()) + ".";
        }
        if (event instanceof AwardAmended e) {
            return "Avenant " + e.amendmentReference() + " : montant accordé porté de " + fr.money(e.previousAmount())
                    + " à " + fr.money(e.awardedAmount()) + ".";
        }
        if (event instanceof PaymentCancelled e) {
            return "Versement " + e.paymentId() + " de " + fr.money(e.amount()) + " annulé.";
        }
        if (event instanceof PaymentRecovered e) {
            return "Reversement de " + fr.money(e.amount()) + " (reversement " + e.recoveryId() + ").";
        }
        if (event instanceof LaureateWithdrawn) {
            return "Le lauréat renonce à la subvention ; seul le montant versé reste acquis.";

        }
        if (event instanceof SiretRecorded e) {
            return "SIRET du bénéficiaire : " + e.siret() + ".";
        }
        if (event instanceof DocumentAttached e) {
            return e.kind().label() + " " + quoted(e.fileName()) + " (" + fr.size(e.size()) + ", SHA-256 "
                    + e.sha256().substring(0, 12) + "…" + (e.amount() == null ? "" : ", dépenses justifiées "
                    + fr.money(e.amount())) + ").";
        }
        LaureateEvaluated e = (LaureateEvaluated) event;
        return labels.outcome(e.outcome()) + (e.comment() == null || e.comment().isBlank() ? "." : " : " + e.comment());
    }

    private String tranches(List<Tranche> tranches) {
        return tranches.size() + " tranche(s) : " + tranches.stream()
                .map(tranche -> tranche.trancheId() + " " + fr.money(tranche.amount()) + " le " + fr.date(tranche.plannedOn()))
                .collect(Collectors.joining(", "));
    }

    /** French quotation marks, kept on the line of the words they enclose. */
    private static String quoted(String text) {
        return "«\u00A0" + text + "\u00A0»";
    }

    private LaureateEvent event(RecordedEvent recorded) {
        if (recorded.payload() instanceof LaureateEvent event) {
            return event;
        }
        Class<?> type = TYPES.get(recorded.type());
        if (type == null || !(recorded.payload() instanceof JsonNode tree)) {
            return null;
        }
        try {
            return (LaureateEvent) json.treeToValue(tree, type);
        } catch (JsonProcessingException | IllegalArgumentException unreadable) {
            return null;
        }
    }
}
