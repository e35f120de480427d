package fr.deffinum.application.importing;

import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.LocalDate;

/**
 * One laureate as a call's annex lists it, at {@code line} of its file. {@code sector} is the
 * sector as given (a label or code of the programme's taxonomy), null where none was given; the
 * import decides what to store.
 */
public record LaureateLine(int line, String reference, String name, String lead, String sectorsAsPublished,
                           String sector, Money totalCost, Money maximumGrant, LocalDate selectedOn) {

    public LaureateId laureateId() {
        return LaureateId.fromReference(reference);
    }

    SelectLaureate selection(ProgrammeCode programme, String storedSector) {
        return new SelectLaureate(laureateId(), programme, reference, name, lead, sectorsAsPublished, storedSector,
                null, totalCost, maximumGrant, selectedOn);
    }
}
