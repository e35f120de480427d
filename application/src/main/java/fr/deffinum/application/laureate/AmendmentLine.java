package fr.deffinum.application.laureate;

import fr.deffinum.domain.money.Money;
import java.time.LocalDate;

public record AmendmentLine(String amendmentReference, Money previousAmount, Money awardedAmount,
                            LocalDate amendedOn) {
}
