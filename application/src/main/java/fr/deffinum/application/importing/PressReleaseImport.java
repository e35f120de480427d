package fr.deffinum.application.importing;

import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.domain.laureate.Sector;
import fr.deffinum.domain.laureate.commands.RedirectLaureate;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.AssignOfficers;
import fr.deffinum.domain.programme.commands.OpenProgramme;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Records the 62 laureates of the DEFFINUM press release through the import of a programme's
 * laureates ({@link LaureatesImport}), as an officer would import a call's annex: DEFFINUM and CMA
 * are opened first, then the 12 of Annexe 2, each selected into DEFFINUM and at once redirected
 * to CMA, one at a time, then the 50 of Annexe 1 as one import into DEFFINUM. Annexe 2 comes
 * first because its largest maximum (10,427,587 €) would not fit in what Annexe 1 leaves of
 * DEFFINUM's 100 M€ (9,700,995 €). Laureates already in the store are left alone, so a second run
 * (or a run after a crash half-way) records only what is missing; an import is all or none.
 */
@Service
public class PressReleaseImport {

    static final String SOURCE = "seed/laureates-2022.csv";
    static final String ACTOR = "system:import";
    static final String REASON = "Communiqué de presse DEFFINUM : 62 lauréats retenus (annexes 1 et 2)";
    static final String CORRELATION_ID = "press-release-2022";
    static final ProgrammeCode DEFFINUM = new ProgrammeCode("DEFFINUM");
    static final ProgrammeCode CMA = new ProgrammeCode("CMA");
    /** "doté d'un budget de 100 millions d'euros" */
    static final Money DEFFINUM_ENVELOPE = Money.euros("100000000.00");
    /** CMA was "lancé fin 2021"; the press release does not give its envelope. */
    static final LocalDate CMA_OPENED_ON = LocalDate.of(2021, 12, 1);
    private static final Logger log = LoggerFactory.getLogger(PressReleaseImport.class);

    private final LaureateRecorder recorder;
    private final LaureatesImport laureates;
    private final LocalDate selectedOn;

    public PressReleaseImport(LaureateRecorder recorder, LaureatesImport laureates, SeedProperties properties) {
        this.recorder = recorder;
        this.laureates = laureates;
        this.selectedOn = properties.selectionDate();
    }

    /**
     * Returns how many laureates this run recorded. {@code officers} are put in charge of both
     * programmes where none is yet (the demonstration's users; none in any other run).
     */
    public int run(Set<String> officers) {
        Provenance provenance = new Provenance(ACTOR, REASON, CORRELATION_ID);
        openProgrammes(provenance);
        assign(officers);
        List<PressReleaseLine> lines = read();
        List<PressReleaseLine> missing = lines.stream().filter(line -> !recorder.exists(line.laureateId())).toList();
        missing.stream().filter(PressReleaseLine::redirectedToCma).forEach(line -> {
            imported("press-release-2022-" + line.reference(), List.of(line.asSelected()), provenance);
            recorder.redirect(new RedirectLaureate(line.laureateId(), CMA, line.sectorsAsPublished(), selectedOn),
                    provenance);
        });
        List<LaureateLine> annex1 = missing.stream().filter(line -> !line.redirectedToCma())
                .map(PressReleaseLine::asSelected).toList();
        if (!annex1.isEmpty()) {
            imported("press-release-2022-annexe-1", annex1, provenance);
        }
        log.info("Press release import: {} laureates recorded, {} already present", missing.size(),
                lines.size() - missing.size());
        return missing.size();
    }

    /** DEFFINUM as the press release presents it; its taxonomy is the release's ten sectors and the transverse projects. */
    static OpenProgramme openingOfDeffinum(LocalDate openedOn, Money envelope) {
        return new OpenProgramme(DEFFINUM, "Dispositifs France Formation Innovante Numérique",
                "France Relance / France 2030", true, "Banque des Territoires", openedOn, envelope,
                Arrays.stream(Sector.values()).map(Sector::label).toList());
    }

    /** CMA, France 2030's call, with no envelope known and no taxonomy: its laureates carry a strategy instead. */
    static OpenProgramme openingOfCma(LocalDate openedOn) {
        return new OpenProgramme(CMA, "Compétences et métiers d'avenir", "France 2030", false,
                "Banque des Territoires", openedOn, null, List.of());
    }

    private void openProgrammes(Provenance provenance) {
        if (!recorder.exists(DEFFINUM.value())) {
            recorder.send(openingOfDeffinum(selectedOn, DEFFINUM_ENVELOPE), provenance);
        }
        if (!recorder.exists(CMA.value())) {
            recorder.send(openingOfCma(CMA_OPENED_ON), provenance);
        }
    }

    /** Never replaces officers an administrator assigned: only a programme with none gets these. */
    private void assign(Set<String> officers) {
        if (officers.isEmpty()) {
            return;
        }
        Provenance demonstration = new Provenance(ACTOR, "Démonstration : utilisateurs de démonstration chargés du"
                + " programme", CORRELATION_ID);
        for (ProgrammeCode code : List.of(DEFFINUM, CMA)) {
            ProgrammeView programme = laureates.programme(code).orElseThrow();
            if (programme.officers().isEmpty()) {
                LocalDate on = programme.openedOn().isAfter(selectedOn) ? programme.openedOn() : selectedOn;
                recorder.send(new AssignOfficers(code, officers, on), demonstration);
            }
        }
    }

    private void imported(String importId, List<LaureateLine> lines, Provenance provenance) {
        LaureatesReport report = laureates.record(importId, DEFFINUM, lines, provenance);
        if (!report.accepted()) {
            throw new IllegalStateException("The press release's laureates were refused (" + importId + "): "
                    + report.errors());
        }
    }

    private List<PressReleaseLine> read() {
        CSVFormat format = CSVFormat.DEFAULT.builder().setHeader().setSkipHeaderRecord(true).get();
        try (Reader reader = new InputStreamReader(PressReleaseImport.class.getClassLoader().getResourceAsStream(SOURCE),
                StandardCharsets.UTF_8)) {
            return format.parse(reader).stream().map(this::line).toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private PressReleaseLine line(CSVRecord record) {
        return new PressReleaseLine((int) record.getRecordNumber() + 1, "CMA".equals(record.get("programme")) ? 2 : 1,
                Integer.parseInt(record.get("annex_row")), record.get("name"), record.get("lead"),
                record.get("sectors_as_published"), Sector.fromLabel(record.get("sector")),
                Money.euros(record.get("total_cost_eur")), Money.euros(record.get("max_grant_eur")), selectedOn);
    }
}
