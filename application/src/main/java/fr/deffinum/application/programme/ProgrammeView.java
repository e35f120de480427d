package fr.deffinum.application.programme;

import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ApprovalPolicy;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A programme as its events leave it: what it is, its envelope ({@code null} while not known), its
 * sector taxonomy (empty when it has none), its officers and its approval policy ({@code null} while
 * none is recorded). {@code version} is the sequence number of its last event folded in.
 */
public record ProgrammeView(ProgrammeCode code, String name, String plan, boolean euFunded, String operator,
                            LocalDate openedOn, Money envelope, List<String> sectors, Set<String> officers,
                            ApprovalPolicy approvalPolicy, long version) {

    public ProgrammeView {
        sectors = List.copyOf(sectors);
        officers = Set.copyOf(officers);
    }

    public boolean hasTaxonomy() {
        return !sectors.isEmpty();
    }

    /** How publications name it: its funding plan, then its name ({@code France 2030 - Compétences et métiers d'avenir}). */
    public String title() {
        return plan == null || plan.isBlank() ? name : plan + " - " + name;
    }
}
