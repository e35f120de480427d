package fr.deffinum.domain.laureate;

import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;

/** What a laureate holds of its programme's envelope, and the date of effect of its latest change. */
public record ProgrammeHolding(ProgrammeCode programme, Money amount, LocalDate since) {
}
