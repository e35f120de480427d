package fr.deffinum.application.programme;

import fr.deffinum.application.messaging.CommandTargets;
import fr.deffinum.domain.laureate.Laureate;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.ProgrammeHolding;
import fr.deffinum.domain.laureate.Rule;
import fr.deffinum.domain.laureate.RuleViolation;
import fr.deffinum.domain.laureate.commands.SelectLaureate;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.Programme;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.programme.commands.ReleaseExposure;
import fr.deffinum.domain.programme.commands.ReserveExposure;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.commandhandling.GenericCommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.Aggregate;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.Repository;

/**
 * Keeps every programme's exposure within its envelope. A command on a laureate is recorded in
 * the same unit of work, so the same transaction, as what it changes in its programme: what the
 * laureate holds before and after the command is compared, and the difference is reserved on the
 * programme's stream (refused there with {@link Rule#ENVELOPE_EXCEEDED}: then nothing of the
 * command is written) or released back to it. A redirection releases the whole holding from one
 * programme and reserves it in the other, loading the two in the order of their codes so that two
 * opposite redirections never wait on each other. Concurrent commands on one programme queue on
 * its lock inside an instance; across instances the programme stream's (aggregate, sequence) key
 * lets one append and fails the other, which is retried on what the first committed.
 */
public class EnvelopeGuard implements MessageHandlerInterceptor<CommandMessage<?>> {

    private static final String LAUREATE_COMMANDS = SelectLaureate.class.getPackageName();

    private final CommandTargetResolver targets = new CommandTargets();
    private final Supplier<Repository<Laureate>> laureates;
    private final Supplier<Repository<Programme>> programmes;

    public EnvelopeGuard(Supplier<Repository<Laureate>> laureates, Supplier<Repository<Programme>> programmes) {
        this.laureates = laureates;
        this.programmes = programmes;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object command = unitOfWork.getMessage().getPayload();
        if (!command.getClass().getPackageName().equals(LAUREATE_COMMANDS)) {
            return chain.proceed();
        }
        return guarding(targets.resolveTarget(unitOfWork.getMessage()).getIdentifier(), command, chain::proceed);
    }

    /**
     * Runs {@code step}, the handling of {@code command} by laureate {@code laureate}, then settles
     * what it changed in the laureate's holding with its programme, in the current unit of work.
     */
    public <R> R guarding(String laureate, Object command, Callable<R> step) throws Exception {
        Optional<ProgrammeHolding> before = command instanceof SelectLaureate ? Optional.empty()
                : Optional.of(holding(laureate));
        R result = step.call();
        settle(laureate, before, holding(laureate));
        return result;
    }

    private ProgrammeHolding holding(String laureate) {
        return laureates.get().load(laureate).invoke(Laureate::holding);
    }

    private void settle(String laureate, Optional<ProgrammeHolding> before, ProgrammeHolding after) {
        LaureateId id = new LaureateId(laureate);
        if (before.isEmpty()) {
            reserve(id, after.programme(), after.amount(), after.since());
            return;
        }
        ProgrammeHolding held = before.get();
        if (!held.programme().equals(after.programme())) {
            Stream.of(held.programme(), after.programme()).sorted(Comparator.comparing(ProgrammeCode::value))
                    .forEach(this::programme);
            release(id, held.programme(), held.amount(), after.since());
            reserve(id, after.programme(), after.amount(), after.since());
        } else if (after.amount().isGreaterThan(held.amount())) {
            reserve(id, after.programme(), after.amount().minus(held.amount()), after.since());
        } else if (held.amount().isGreaterThan(after.amount())) {
            release(id, after.programme(), held.amount().minus(after.amount()), after.since());
        }
    }

    private void reserve(LaureateId laureate, ProgrammeCode code, Money amount, LocalDate on) {
        if (!amount.isZero()) {
            send(programme(code), new ReserveExposure(code, laureate, amount, on));
        }
    }

    private void release(LaureateId laureate, ProgrammeCode code, Money amount, LocalDate on) {
        if (!amount.isZero()) {
            send(programme(code), new ReleaseExposure(code, laureate, amount, on));
        }
    }

    private Aggregate<Programme> programme(ProgrammeCode code) {
        try {
            return programmes.get().load(code.value());
        } catch (AggregateNotFoundException unknown) {
            throw new RuleViolation(Rule.PROGRAMME_NOT_FOUND, "programme " + code);
        }
    }

    private static void send(Aggregate<Programme> programme, Object command) {
        try {
            programme.handle(GenericCommandMessage.asCommandMessage(command));
        } catch (RuntimeException refused) {
            throw refused;
        } catch (Exception unexpected) {
            throw new IllegalStateException(unexpected);
        }
    }
}
