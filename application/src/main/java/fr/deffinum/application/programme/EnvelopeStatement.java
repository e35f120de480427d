package fr.deffinum.application.programme;

import fr.deffinum.domain.money.Money;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One statement of a programme's envelope: the opening's ({@code envelope} null while not known,
 * {@code reason} null) or a change. {@code changedOn} is when it took effect, {@code recordedAt}
 * when it was recorded, by {@code actor}.
 */
public record EnvelopeStatement(Money envelope, LocalDate changedOn, Instant recordedAt, String actor,
                                String reason) {
}
