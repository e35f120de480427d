package fr.deffinum.api.importing;

import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Scope;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.AssignOfficers;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;

/**
 * A programme of ten laureates of 1,000,000.00 € each, and a year of its payments in one file of
 * 100,000 lines: the ten notifications, then payments of 0.01 €, line 99,999 paying more than was
 * awarded.
 */
public final class HundredThousandLines {

    public static final int LINES = 100_000;
    public static final int BAD_LINE = 99_999;
    private static final int LAUREATES = 10;

    private HundredThousandLines() {
    }

    /** Opens the programme, its officer {@code officer}, and selects its ten laureates. */
    public static void open(LaureateRecorder recorder, ProgrammeCode programme, String officer) {
        Provenance admin = new Provenance("admin", "Ouverture de l'appel", "test-" + programme.value());
        LocalDate opened = LocalDate.of(2024, 1, 15);
        recorder.send(new OpenProgramme(programme, "Appel " + programme, "France 2030", false, "Caisse des Dépôts",
                opened, null, List.of("Numérique")), admin);
        recorder.send(new AssignOfficers(programme, Set.of(officer), opened), admin);
        for (int n = 1; n <= LAUREATES; n++) {
            recorder.send(new SelectLaureate(laureate(programme, n), programme, reference(programme, n), "Projet " + n,
                    "Porteur " + n, "Numérique", null, Scope.NATIONAL, Money.euros("2000000.00"),
                    Money.euros("1000000.00"), opened), admin);
        }
    }

    public static String file(ProgrammeCode programme) {
        StringBuilder csv = new StringBuilder("Référence;Opération;Date;Montant;Référence décision;"
                + "Identifiant versement;Nature\n");
        for (int n = 1; n <= LAUREATES; n++) {
            csv.append(reference(programme, n)).append(";notification;15/03/2024;1 000 000,00;DEC-").append(n)
                    .append(";;\n");
        }
        for (int line = LAUREATES + 2; line <= LINES + 1; line++) {
            csv.append(reference(programme, line % LAUREATES + 1)).append(";versement;01/06/2024;")
                    .append(line == BAD_LINE ? "1 000 000,01" : "0,01").append(";;V-").append(line).append(";acompte\n");
        }
        return csv.toString();
    }

    public static LaureateId laureate(ProgrammeCode programme, int n) {
        return LaureateId.fromReference(reference(programme, n));
    }

    private static String reference(ProgrammeCode programme, int n) {
        return programme.value() + "-" + n;
    }
}
