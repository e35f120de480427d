package fr.deffinum.infrastructure.axon;

import fr.deffinum.application.laureate.LaureateRecorder;
import fr.deffinum.application.messaging.CommandTargets;
import fr.deffinum.domain.laureate.Laureate;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandMessage;
import org.axonframework.messaging.InterceptorChain;
import org.axonframework.messaging.MessageHandlerInterceptor;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.modelling.command.CommandTargetResolver;
import org.axonframework.modelling.command.ConflictingAggregateVersionException;
import org.axonframework.modelling.command.Repository;

/**
 * A command carrying the version its sender last read is refused ({@code ConflictingAggregateVersionException})
 * when the laureate has moved on since, before its handler runs (Axon's own {@code expectedVersion} check
 * lets the handler run first, so a rule refusal would hide the stale version). The laureate is loaded here, inside the command's unit of work
 * and under the repository's lock on it, so the check and the append are one step: two writers cannot
 * both pass; the handler then gets this same loaded instance.
 */
class ExpectedVersionCheck implements MessageHandlerInterceptor<CommandMessage<?>> {

    private final CommandTargetResolver targets = new CommandTargets();
    private final Supplier<Repository<Laureate>> laureates;

    ExpectedVersionCheck(Supplier<Repository<Laureate>> laureates) {
        this.laureates = laureates;
    }

    @Override
    public Object handle(UnitOfWork<? extends CommandMessage<?>> unitOfWork, InterceptorChain chain) throws Exception {
        Object expected = unitOfWork.getMessage().getMetaData().get(LaureateRecorder.EXPECTED_VERSION);
        if (expected != null) {
            String id = targets.resolveTarget(unitOfWork.getMessage()).getIdentifier();
            long expectedVersion = Long.parseLong(expected.toString());
            Long actual = laureates.get().load(id).version();
            if (actual == null || actual != expectedVersion) {
                throw new ConflictingAggregateVersionException(id, expectedVersion, actual == null ? -1 : actual);
            }
        }
        return chain.proceed();
    }
}
