package fr.deffinum.api.problem;

import static org.assertj.core.api.Assertions.assertThat;

import fr.deffinum.api.web.FormErrors;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import org.junit.jupiter.api.Test;
import org.springframework.http.ProblemDetail;

/** A refusal of the domain in the words of its rule: problem+json in both languages, a form's error in French. */
class RuleProblemTest {

    private final ApiExceptionHandler handler = new ApiExceptionHandler(null);

    @Test
    void a_breached_rule_is_a_422_with_its_english_and_french_texts() {
        ProblemDetail problem = handler.ruleViolation(new RuleViolation(Rule.AMOUNT_ABOVE_MAXIMUM,
                "awarded 1500000.00 EUR > maximum 1200000.00 EUR"));

        assertThat(problem.getStatus()).isEqualTo(422);
        assertThat(problem.getType()).hasToString("urn:deffinum:problem:amount-above-maximum");
        assertThat(problem.getTitle()).isEqualTo("The awarded amount cannot exceed the maximum grant");
        assertThat(problem.getDetail()).isEqualTo("AMOUNT_ABOVE_MAXIMUM: The awarded amount cannot exceed the maximum "
                + "grant (awarded 1500000.00 EUR > maximum 1200000.00 EUR)");
        assertThat(problem.getProperties())
                .containsEntry("code", "AMOUNT_ABOVE_MAXIMUM")
                .containsEntry("titre", "Le montant accordé ne peut pas dépasser la subvention maximale")
                .containsEntry("detail_fr", "Le montant accordé ne peut pas dépasser la subvention maximale.");
    }

    @Test
    void a_conflicting_rule_is_a_409() {
        ProblemDetail problem = handler.ruleViolation(new RuleViolation(Rule.ALREADY_NOTIFIED, "notified on 2023-01-10"));

        assertThat(problem.getStatus()).isEqualTo(409);
        assertThat(problem.getTitle()).isEqualTo("The State's decision has already been notified");
        assertThat(problem.getDetail())
                .isEqualTo("ALREADY_NOTIFIED: The State's decision has already been notified (notified on 2023-01-10)");
        assertThat(problem.getProperties())
                .containsEntry("titre", "La décision de l'État a déjà été notifiée")
                .containsEntry("detail_fr", "La décision de l'État a déjà été notifiée.");
    }

    @Test
    void a_form_shows_the_french_text_next_to_its_field_or_above_the_form() {
        assertThat(FormErrors.refused(Rule.DATE_BEFORE_PREVIOUS_STEP, "withdrawnOn").of("withdrawnOn"))
                .isEqualTo("La date d'effet est antérieure à l'étape qui la précède.");
        assertThat(FormErrors.refused(Rule.LAUREATE_WITHDRAWN, null).general())
                .containsExactly("Le lauréat a renoncé : seul un reversement peut encore être enregistré.");
    }
}
