package fr.deffinum.domain.laureate.convention;

import fr.deffinum.domain.laureate.DocumentKind;
import fr.deffinum.domain.money.Money;
import java.time.LocalDate;

/** A document attached to the laureate, as release conditions read it; {@code amount} is what a justificatif justifies. */
public record Evidence(DocumentKind kind, LocalDate attachedOn, Money amount) {
}
