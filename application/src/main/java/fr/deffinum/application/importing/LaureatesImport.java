package fr.deffinum.application.importing;

import fr.deffinum.application.importing.ImportProgress.Phase;
import fr.deffinum.application.laureate.ConcurrentAppends;
import fr.deffinum.application.laureate.LaureateFilter;
import fr.deffinum.application.laureate.LaureateView;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.laureate.ReadYourWritesProperties;
import fr.deffinum.application.programme.ProgrammeView;
import fr.deffinum.application.programme.Programmes;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.GenericMessage;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * Imports the laureates a call publishes into its programme: all of them or none.
 * <p>
 * First every line is read and checked against the programme as recorded (see {@link LaureateChecks}):
 * required values, amounts, the maximum within the cost, the sector in the taxonomy, references
 * unique in the file and in the store, and the envelope, which the maxima of the file added one by
 * one to the programme's exposure may not exceed. Any error stops the import before a single
 * command is sent, each reported with its line, column, code and French message.
 * <p>
 * Then every selection is sent inside <em>one</em> unit of work holding <em>one</em> database
 * transaction, as {@link OperationsImport} sends its lines: each selection runs in a nested unit of
 * work, and the envelope guard reserves its maximum on the programme's stream there, against the
 * programme as the lines above left it. Only when every line passes does the unit of work commit,
 * appending the selections and their reservations together; a line refused there (a write on the
 * programme since the checks, on this instance) rolls everything back and is reported. On several
 * instances, a write on the programme by another one fails the commit on the programme stream's
 * (aggregate, sequence) key: nothing is written, and the import is checked and sent again, up to
 * {@value #ATTEMPTS} times, then reported as {@code CONCURRENT_RECORDING}. Nothing is ever half-written.
 */
@Service
public class LaureatesImport {

    static final int ATTEMPTS = 3;
    static final String CONCURRENT_RECORDING = "CONCURRENT_RECORDING";
    private static final Logger log = LoggerFactory.getLogger(LaureatesImport.class);

    private final CommandGateway commands;
    private final TransactionManager transactions;
    private final EventStore events;
    private final LaureateViews views;
    private final Programmes programmes;
    private final ImportProgresses progresses;
    private final int maxLines;
    private final Duration readYourWritesWait;

    public LaureatesImport(CommandGateway commands, TransactionManager transactions, EventStore events,
                           LaureateViews views, Programmes programmes, ImportProgresses progresses,
                           ImportProperties properties, ReadYourWritesProperties readYourWrites) {
        this.commands = commands;
        this.transactions = transactions;
        this.events = events;
        this.views = views;
        this.programmes = programmes;
        this.progresses = progresses;
        this.maxLines = properties.maxLines();
        this.readYourWritesWait = readYourWrites.readYourWritesWait();
    }

    /** The programme as its last recorded event leaves it (its taxonomy, envelope and officers); empty if none is recorded. */
    public Optional<ProgrammeView> programme(ProgrammeCode code) {
        return events.lastSequenceNumberFor(code.value())
                .flatMap(version -> programmes.awaitVersion(code, version, readYourWritesWait)
                        .or(() -> programmes.find(code)));
    }

    /** Imports a file of the annex; {@code selectedOn} is the date of the lines that give none. */
    public LaureatesReport run(String importId, ProgrammeCode code, byte[] file, LocalDate selectedOn,
                               Provenance provenance) {
        progresses.update(ImportProgress.of(importId, Phase.READING, 0, 0, 0));
        LaureatesCsv.Parsed parsed = LaureatesCsv.parse(TextDecoding.decode(file), code, selectedOn);
        log.info("Laureates import {} into {}: {} lines read, {} unreadable", importId, code, parsed.count(),
                parsed.errors().size());
        if (parsed.count() > maxLines) {
            return rejected(importId, code, parsed.count(), List.of(new LineError(0, null, "FILE_TOO_LARGE",
                    "More than " + maxLines + " lines: split the file",
                    "Plus de " + maxLines + " lignes : découpez le fichier.")));
        }
        return record(importId, code, parsed.lines(), parsed.errors(), parsed.count(), provenance);
    }

    /** Imports laureates already read, with the same checks and the same all-or-none recording as a file. */
    public LaureatesReport record(String importId, ProgrammeCode code, List<LaureateLine> lines, Provenance provenance) {
        return record(importId, code, lines, List.of(), lines.size(), provenance);
    }

    private LaureatesReport record(String importId, ProgrammeCode code, List<LaureateLine> lines,
                                   List<LineError> unreadable, int count, Provenance provenance) {
        for (int attempt = 1; ; attempt++) {
            ProgrammeView programme = programme(code)
                    .orElseThrow(() -> new RuleViolation(Rule.PROGRAMME_NOT_FOUND,
                            "programme " + code));
            progresses.update(ImportProgress.of(importId, Phase.CHECKING, count, 0, 0));
            LaureateChecks checks = new LaureateChecks(programme, this::stored, inProgramme(code));
            List<LineError> errors = new ArrayList<>(unreadable);
            Map<LaureateLine, String> sectors = checks.check(lines, errors);
            errors.sort(Comparator.comparingInt(LineError::line));
            if (!errors.isEmpty()) {
                return rejected(importId, code, count, errors);
            }
            try {
                Optional<LineError> refused = recordAllOrNone(importId, code, lines, sectors, provenance);
                if (refused.isPresent()) {
                    return rejected(importId, code, count, List.of(refused.get()));
                }
                return recorded(importId, code, lines);
            } catch (RuntimeException failure) {
                if (!ConcurrentAppends.lostTheRace(failure)) {
                    progresses.update(ImportProgress.of(importId, Phase.FAILED, count, 0, 0));
                    throw failure;
                }
                log.info("Laureates import {}: another instance wrote to {} meanwhile (attempt {} of {}); nothing recorded",
                        importId, code, attempt, ATTEMPTS);
                if (attempt == ATTEMPTS) {
                    return rejected(importId, code, count, List.of(new LineError(0, null, CONCURRENT_RECORDING,
                            "Other steps were recorded on programme " + code + " during the import; nothing was"
                                    + " recorded: send the file again",
                            "D'autres opérations ont été enregistrées sur le programme " + code + " pendant l'import ;"
                                    + " rien n'a été enregistré : renvoyez le fichier.")));
                }
            }
        }
    }

    private boolean stored(LaureateLine line) {
        return events.lastSequenceNumberFor(line.laureateId().value()).isPresent();
    }

    /** What the programme's laureates hold, as the read side shows them; the guard then checks it against the stream. */
    private List<LaureateView> inProgramme(ProgrammeCode code) {
        return views.search(new LaureateFilter(code, null, null, null));
    }

    private Optional<LineError> recordAllOrNone(String importId, ProgrammeCode code, List<LaureateLine> lines,
                                                Map<LaureateLine, String> sectors, Provenance provenance) {
        progresses.update(ImportProgress.of(importId, Phase.RECORDING, lines.size(), lines.size(), 0));
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(new GenericMessage<>(importId));
        try {
            unitOfWork.attachTransaction(transactions);
            for (LaureateLine line : lines) {
                try {
                    commands.sendAndWait(GenericCommandMessage.asCommandMessage(
                            line.selection(code, sectors.get(line))).andMetaData(provenance.asMetaData()));
                } catch (RuleViolation violation) {
                    unitOfWork.rollback();
                    return Optional.of(LaureateChecks.refused(line, violation));
                }
            }
            unitOfWork.commit();
            return Optional.empty();
        } catch (RuntimeException failure) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(failure);
            }
            throw failure;
        }
    }

    private LaureatesReport recorded(String importId, ProgrammeCode code, List<LaureateLine> lines) {
        List<String> ids = lines.stream().map(line -> line.laureateId().value()).toList();
        ids.forEach(id -> views.awaitVersion(id, 0, readYourWritesWait));
        progresses.update(ImportProgress.of(importId, Phase.RECORDED, lines.size(), lines.size(), 0));
        log.info("Laureates import {}: {} laureates selected into {}", importId, ids.size(), code);
        return new LaureatesReport(importId, code.value(), lines.size(), ids.size(), ids, List.of());
    }

    private LaureatesReport rejected(String importId, ProgrammeCode code, int lines, List<LineError> errors) {
        progresses.update(ImportProgress.of(importId, Phase.REJECTED, lines, lines, errors.size()));
        log.info("Laureates import {} into {}: rejected, {} errors in {} lines; nothing recorded", importId, code,
                errors.size(), lines);
        return new LaureatesReport(importId, code.value(), lines, 0, List.of(), errors);
    }
}
