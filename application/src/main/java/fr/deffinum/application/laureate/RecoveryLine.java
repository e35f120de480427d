package fr.deffinum.application.laureate;

import fr.deffinum.domain.money.Money;
import java.time.LocalDate;

public record RecoveryLine(String recoveryId, Money amount, LocalDate recoveredOn) {
}
