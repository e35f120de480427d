package fr.deffinum.application.importing;

import fr.deffinum.application.importing.ImportProgress.Phase;
import fr.deffinum.application.importing.OperationLine.Operation;
import fr.deffinum.application.integrity.AppendProgress;
import fr.deffinum.application.laureate.LaureateKey;
import fr.deffinum.application.laureate.LaureatesInUnitOfWork;
import fr.deffinum.application.laureate.LaureateViews;
import fr.deffinum.application.laureate.Provenance;
import fr.deffinum.application.laureate.ReadYourWritesProperties;
import fr.deffinum.application.proposal.ProposalView;
import fr.deffinum.application.proposal.Proposals;
import fr.deffinum.application.laureate.RuleMessages;
import fr.deffinum.application.programme.EnvelopeGuard;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.laureate.commands.ProposableStep;
import fr.deffinum.domain.programme.ApprovalPolicy;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.laureate.Laureate;
import fr.deffinum.domain.programme.Programme;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.common.transaction.TransactionManager;
import org.axonframework.config.Configuration;
import org.axonframework.messaging.correlation.CorrelationDataProvider;
import org.axonframework.messaging.unitofwork.DefaultUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.io.InputStreamSource;
import org.springframework.stereotype.Service;

/**
 * Imports a file of notifications and payments: all its lines or none.
 * <p>
 * First every line is read and its laureate found; any error there stops the import before a
 * single command is handled. Then every laureate the file touches, and its programme, is loaded
 * into <em>one</em> unit of work holding <em>one</em> database transaction (a load after the first
 * line would read the laureate's events through every event the import has staged, seconds at
 * 100,000 lines), and each line's command is handled by its laureate there, its programme's
 * envelope guarded as for a single command: the aggregate's rules are checked against the
 * laureate as the earlier lines left it (a payment sees the notification two lines above), and the
 * events wait in the unit of work. A refused line is reported and the others still checked (a
 * refusal happens before its step changes anything); only if none is refused does the unit of work
 * commit, appending every event in that single transaction. Otherwise, or if anything fails on the
 * way, it rolls back and the event store is left as it was. Where the approval policy of a line's
 * programme holds its operation, the checked lines are rolled back and proposed together as one
 * proposal: recorded in one unit of work once another person approves it.
 * <p>
 * The file is read as a stream; what an import holds in memory until its commit is its lines, the
 * laureates it touches and the events they stage, hence {@code deffinum.import.max-lines}
 * (1,000,000 by default).
 */
@Service
public class OperationsImport {

    private static final Logger log = LoggerFactory.getLogger(OperationsImport.class);

    private final List<CorrelationDataProvider> correlations;
    private final EnvelopeGuard envelope;
    private final Configuration axon;
    private final TransactionManager transactions;
    private final LaureateViews views;
    private final ImportProgresses progresses;
    private final Proposals proposals;
    private final int logEvery;
    private final int maxLines;
    private final Duration readYourWritesWait;

    public OperationsImport(List<CorrelationDataProvider> correlations, Configuration axon, TransactionManager transactions,
                            LaureateViews views, ImportProgresses progresses, Proposals proposals,
                            ImportProperties properties, ReadYourWritesProperties readYourWrites) {
        this.proposals = proposals;
        this.correlations = correlations;
        this.envelope = new EnvelopeGuard(() -> axon.repository(Laureate.class), () -> axon.repository(Programme.class));
        this.axon = axon;
        this.transactions = transactions;
        this.views = views;
        this.progresses = progresses;
        this.logEvery = properties.logEvery();
        this.maxLines = properties.maxLines();
        this.readYourWritesWait = readYourWrites.readYourWritesWait();
    }

    /** For a sender who may record in every programme. */
    public ImportReport run(String importId, InputStreamSource file, Provenance provenance) {
        return run(importId, file, provenance, programme -> true);
    }

    /**
     * A line on a laureate of a programme {@code mayRecordIn} refuses is an error of the file
     * ({@code NOT_PROGRAMME_OFFICER}), found with the unknown laureates, before anything is sent.
     */
    public ImportReport run(String importId, InputStreamSource file, Provenance provenance,
                            Predicate<ProgrammeCode> mayRecordIn) {
        progresses.update(ImportProgress.of(importId, Phase.READING, 0, 0, 0));
        OperationsCsv.Parsed parsed = read(importId, file);
        log.info("Import {}: {} lines read, {} unreadable", importId, parsed.count(), parsed.errors().size());
        List<LineError> errors = new ArrayList<>(parsed.errors());
        if (parsed.count() > maxLines) {
            errors.add(new LineError(0, null, "FILE_TOO_LARGE", "More than " + maxLines + " lines: split the file",
                    "Plus de " + maxLines + " lignes : découpez le fichier."));
            return rejected(importId, parsed.count(), errors);
        }
        Map<String, ProgrammeCode> programmes = new HashMap<>();
        Map<OperationLine, LaureateId> targets = laureates(parsed.lines(), mayRecordIn, errors, programmes);
        if (!errors.isEmpty()) {
            return rejected(importId, parsed.count(), errors);
        }
        Map<ProgrammeCode, ApprovalPolicy> policies = new HashMap<>();
        boolean held = parsed.lines().stream().map(line -> line.command(targets.get(line))).anyMatch(step -> policies
                .computeIfAbsent(programmes.get(step.laureateId().value()), proposals::policy)
                .requiresApproval(step.operation(), step.amount()));
        try {
            errors.addAll(recordAllOrNone(importId, parsed.lines(), targets, provenance, !held));
        } catch (RuntimeException failure) {
            progresses.update(ImportProgress.of(importId, Phase.FAILED, parsed.count(), 0, 0));
            throw failure;
        }
        if (!errors.isEmpty()) {
            return rejected(importId, parsed.count(), errors);
        }
        if (held) {
            return proposed(importId, parsed.lines(), targets, provenance);
        }
        progresses.update(ImportProgress.of(importId, Phase.RECORDED, parsed.count(), parsed.count(), 0));
        log.info("Import {}: {} lines recorded", importId, parsed.count());
        return new ImportReport(importId, parsed.count(), count(parsed.lines(), Operation.NOTIFICATION),
                count(parsed.lines(), Operation.PAYMENT), true, null, List.of());
    }

    /** Where a line of the file waits for a second person, the whole file does: one proposal, approved or rejected as a whole. */
    private ImportReport proposed(String importId, List<OperationLine> lines, Map<OperationLine, LaureateId> targets,
                                  Provenance provenance) {
        List<ProposableStep> steps = lines.stream().map(line -> line.command(targets.get(line))).toList();
        ProposalView proposal = proposals.proposeChecked(steps, provenance);
        progresses.update(ImportProgress.of(importId, Phase.PROPOSED, lines.size(), lines.size(), 0));
        log.info("Import {}: {} lines checked and proposed as {}", importId, lines.size(), proposal.proposalId());
        return new ImportReport(importId, lines.size(), count(lines, Operation.NOTIFICATION),
                count(lines, Operation.PAYMENT), false, proposal.proposalId().value(), List.of());
    }

    /** The laureate of each line; {@code programmes} gets each laureate's programme. */
    private Map<OperationLine, LaureateId> laureates(List<OperationLine> lines, Predicate<ProgrammeCode> mayRecordIn,
                                                     List<LineError> errors, Map<String, ProgrammeCode> programmes) {
        Map<String, String> idsByReference = new HashMap<>();
        for (LaureateKey laureate : views.keys()) {
            idsByReference.put(laureate.reference().toLowerCase(), laureate.id());
            programmes.put(laureate.id(), laureate.programme());
        }
        Set<String> ids = programmes.keySet();
        Map<ProgrammeCode, Boolean> mayRecord = new HashMap<>();
        Map<OperationLine, LaureateId> targets = new HashMap<>();
        for (OperationLine line : lines) {
            String given = line.laureate().strip();
            String id = ids.contains(given) ? given : idsByReference.get(given.toLowerCase());
            if (id == null) {
                errors.add(new LineError(line.line(), OperationsCsv.REFERENCE, "LAUREATE_UNKNOWN",
                        "No laureate has the reference or id '" + given + "'",
                        "Aucun lauréat n'a la référence ou l'identifiant « " + given + " »."));
            } else if (!mayRecord.computeIfAbsent(programmes.get(id), mayRecordIn::test)) {
                ProgrammeCode programme = programmes.get(id);
                errors.add(new LineError(line.line(), OperationsCsv.REFERENCE, "NOT_PROGRAMME_OFFICER",
                        "You are not among the officers of programme " + programme,
                        "Vous ne figurez pas parmi les chargés de mission du programme " + programme + "."));
            } else {
                targets.put(line, new LaureateId(id));
            }
        }
        return targets;
    }

    /** The file streamed, its lines beyond the limit counted but not kept. */
    private OperationsCsv.Parsed read(String importId, InputStreamSource file) {
        try (Reader text = TextDecoding.reader(file)) {
            return OperationsCsv.parse(text, maxLines, read -> progresses.update(
                    ImportProgress.of(importId, Phase.READING, read, 0, 0)));
        } catch (IOException unreadable) {
            throw new UncheckedIOException(unreadable);
        }
    }

    /** With {@code commit} false, every line is checked as it would be recorded, and nothing is. */
    private List<LineError> recordAllOrNone(String importId, List<OperationLine> lines,
                                            Map<OperationLine, LaureateId> targets, Provenance provenance,
                                            boolean commit) {
        List<LineError> refused = new ArrayList<>();
        UnitOfWork<?> unitOfWork = DefaultUnitOfWork.startAndGet(GenericCommandMessage.asCommandMessage(importId));
        try {
            unitOfWork.attachTransaction(transactions);
            correlations.forEach(unitOfWork::registerCorrelationDataProvider);
            Map<LaureateId, Aggregate<Laureate>> loaded = LaureatesInUnitOfWork.load(axon, targets.values());
            int checked = 0;
            for (OperationLine line : lines) {
                LaureateId target = targets.get(line);
                check(unitOfWork, line, target, loaded.get(target), provenance).ifPresent(refused::add);
                if (++checked % logEvery == 0) {
                    log.info("Import {}: {} of {} lines checked, {} refused", importId, checked, lines.size(),
                            refused.size());
                }
                progresses.update(ImportProgress.of(importId, Phase.CHECKING, lines.size(), checked, refused.size()));
            }
            if (refused.isEmpty() && commit) {
                progresses.update(ImportProgress.recording(importId, lines.size(), 0));
                unitOfWork.resources().put(AppendProgress.RESOURCE, (AppendProgress) events ->
                        progresses.update(ImportProgress.recording(importId, lines.size(), events)));
                unitOfWork.commit();
                progresses.update(ImportProgress.of(importId, Phase.RECORDED, lines.size(), checked, 0));
                log.info("Import {}: {} lines committed; waiting for the read side", importId, lines.size());
                awaitReadSide(loaded);
            } else {
                unitOfWork.rollback();
            }
        } catch (RuntimeException failure) {
            if (unitOfWork.isActive()) {
                unitOfWork.rollback(failure);
            }
            throw failure;
        }
        return refused;
    }

    /**
     * The line's command handled by its laureate inside the import's own unit of work, which takes the
     * line's command as its message so that the events carry the line's provenance. A command sent
     * through the command bus would open a nested unit of work per line, which Axon keeps, with its
     * handlers and transaction, until the outer one ends: some kilobytes a line.
     */
    private Optional<LineError> check(UnitOfWork<?> unitOfWork, OperationLine line, LaureateId target,
                                      Aggregate<Laureate> laureate, Provenance provenance) {
        Provenance ofLine = new Provenance(provenance.actor(), line.reason() == null ? provenance.reason()
                : provenance.reason() + " — " + line.reason(), provenance.correlationId());
        Object command = line.command(target);
        CommandMessage<?> message = GenericCommandMessage.asCommandMessage(command).andMetaData(ofLine.asMetaData());
        unitOfWork.transformMessage(previous -> message);
        try {
            envelope.guarding(target.value(), command, () -> laureate.handle(message));
            return Optional.empty();
        } catch (RuleViolation violation) {
            Rule rule = violation.rule();
            return Optional.of(new LineError(line.line(), RuleColumns.of(rule), rule.name(),
                    RuleMessages.english(rule), RuleMessages.french(rule) + "."));
        } catch (RuntimeException unexpected) {
            throw unexpected;
        } catch (Exception unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }

    private ImportReport rejected(String importId, int lines, List<LineError> errors) {
        progresses.update(ImportProgress.of(importId, Phase.REJECTED, lines, lines, errors.size()));
        log.info("Import {}: rejected, {} errors in {} lines; nothing recorded", importId, errors.size(), lines);
        return ImportReport.rejected(importId, lines, errors);
    }

    /**
     * Each laureate's view at the version the import left it in, as a recorded step's answer waits for
     * its own, for at most {@code deffinum.read-your-writes-wait} in all: past it, the import answers
     * and the read side follows.
     */
    private void awaitReadSide(Map<LaureateId, Aggregate<Laureate>> laureates) {
        long deadline = System.nanoTime() + readYourWritesWait.toNanos();
        for (Map.Entry<LaureateId, Aggregate<Laureate>> laureate : laureates.entrySet()) {
            long left = deadline - System.nanoTime();
            if (left <= 0 || views.awaitVersion(laureate.getKey().value(), laureate.getValue().version(),
                    Duration.ofNanos(left)).isEmpty()) {
                return;
            }
        }
    }

    private static int count(List<OperationLine> lines, Operation operation) {
        return (int) lines.stream().filter(line -> line.operation() == operation).count();
    }
}
