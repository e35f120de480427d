package fr.deffinum.application.importing;

import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records the 62 laureates of the DEFFINUM press release: a selection each, and a redirection for
 * the 12 of Annexe 2. Laureates already in the store are left alone, so a second run (or a run
 * after a crash half-way) records only what is missing.
 */
@Service
public class PressReleaseImport {

    static final String SOURCE = "seed/laureates-2022.csv";
    static final String ACTOR = "system:import";
    static final String REASON = "Communiqué de presse DEFFINUM : 62 lauréats retenus (annexes 1 et 2)";
    static final ProgrammeCode DEFFINUM = new ProgrammeCode("DEFFINUM");
    static final ProgrammeCode CMA = new ProgrammeCode("CMA");
    private static final Logger log = LoggerFactory.getLogger(PressReleaseImport.class);

    private final LaureateRecorder recorder;
    private final LocalDate selectedOn;

    public PressReleaseImport(LaureateRecorder recorder, SeedProperties properties) {
        this.recorder = recorder;
        this.selectedOn = properties.selectionDate();
    }

    /** Returns how many laureates this run recorded. */
    public int run() {
        // Annexe 2 first: each of its laureates passes through DEFFINUM's envelope on its way to CMA, which
        // Annexe 1's 90.3 M€ of maxima would leave too little room for.
        List<PressReleaseLine> lines = read().stream()
                .sorted(Comparator.comparing(PressReleaseLine::redirectedToCma).reversed()).toList();
        Provenance provenance = new Provenance(ACTOR, REASON, "press-release-2022");
        openProgrammes(provenance);
        int recorded = 0;
        for (PressReleaseLine line : lines) {
            if (recorder.exists(line.laureateId())) {
                continue;
            }
            recorder.send(new SelectLaureate(line.laureateId(), DEFFINUM, line.reference(), line.name(), line.lead(),
                    line.redirectedToCma() ? null : line.sectorsAsPublished(), line.sector().name(), null,
                    line.totalCost(), line.maximumGrant(), selectedOn), provenance);
            if (line.redirectedToCma()) {
                recorder.send(new RedirectLaureate(line.laureateId(), CMA, line.sectorsAsPublished(), selectedOn),
                        provenance);
            }
            recorded++;
            if (recorded % 20 == 0) {
                log.info("Press release import: {} of {} laureates recorded", recorded, lines.size());
            }
        }
        log.info("Press release import: {} laureates recorded, {} already present", recorded, lines.size() - recorded);
        return recorded;
    }

    /** DEFFINUM, "doté d'un budget de 100 millions d'euros", and CMA, "lancé fin 2021", whose envelope the press release does not give. */
    private void openProgrammes(Provenance provenance) {
        if (!recorder.exists(DEFFINUM.value())) {
            recorder.send(new OpenProgramme(DEFFINUM, "Dispositifs France Formation Innovante Numérique",
                    "France Relance / France 2030", true, "Banque des Territoires", selectedOn,
                    Money.euros("100000000.00"), Arrays.stream(Sector.values()).map(Sector::label).toList()), provenance);
        }
        if (!recorder.exists(CMA.value())) {
            recorder.send(new OpenProgramme(CMA, "Compétences et métiers d'avenir", "France 2030", false,
                    "Banque des Territoires", LocalDate.of(2021, 12, 1), null, List.of()), provenance);
        }
    }

    static List<PressReleaseLine> read() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(PressReleaseImport.class.getClassLoader().getResourceAsStream(SOURCE),
                StandardCharsets.UTF_8)) {
            return format.parse(reader).stream().map(PressReleaseImport::line).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static PressReleaseLine line(CSVRecord record) {
        return new PressReleaseLine("CMA".equals(record.get("programme")) ? 2 : 1,
                Integer.parseInt(record.get("annex_row")), record.get("name"), record.get("lead"),
                record.get("sectors_as_published"), Sector.fromLabel(record.get("sector")),
                Money.euros(record.get("total_cost_eur")), Money.euros(record.get("max_grant_eur")));
    }
}
