package fr.deffinum.domain.laureate;

/** A command refused because it would break a {@link Rule}; nothing is recorded. */
public class RuleViolation extends RuntimeException {

    private final Rule rule;

    public RuleViolation(Rule rule, String detail) {
        super(rule.name() + ": " + rule.english() + " (" + detail + ")");
        this.rule = rule;
    }

    public Rule rule() {
        return rule;
    }

    static void refuseIf(boolean broken, Rule rule, String detail) {
        if (broken) {
            throw new RuleViolation(rule, detail);
        }
    }
}
