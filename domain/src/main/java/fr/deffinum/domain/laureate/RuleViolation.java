package fr.deffinum.domain.laureate;

/**
 * A command refused because it would break a {@link Rule}; nothing is recorded. Its message is the
 * rule's code and the facts that break it; the rule's words are the reader's to add.
 */
public class RuleViolation extends RuntimeException {

    private final Rule rule;
    private final String detail;

    public RuleViolation(Rule rule, String detail) {
        super(rule.name() + ": " + detail);
        this.rule = rule;
        this.detail = detail;
    }

    public Rule rule() {
        return rule;
    }

    /** The facts that break the rule, e.g. {@code awarded 1500000.00 EUR > maximum 1200000.00 EUR}. */
    public String detail() {
        return detail;
    }

    public static void refuseIf(boolean broken, Rule rule, String detail) {
        if (broken) {
            throw new RuleViolation(rule, detail);
        }
    }
}
