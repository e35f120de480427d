package fr.deffinum.infrastructure.testing;

import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import java.time.LocalDate;
import java.util.List;

/** The programmes a test's laureates are selected into, opened once, with no envelope: nothing is refused for its size. */
public final class TestProgrammes {

    private static final Provenance ADMIN = new Provenance("admin", "Programme des tests", "test-programmes");

    private TestProgrammes() {
    }

    public static void open(LaureateRecorder recorder, String... codes) {
        for (String code : codes) {
            if (!recorder.exists(code)) {
                recorder.send(new OpenProgramme(new ProgrammeCode(code), "Programme " + code, "France 2030", false,
                        "Opérateur", LocalDate.of(2020, 1, 1), null, List.of()), ADMIN);
            }
        }
    }
}
