package fr.deffinum.infrastructure.axon;

import fr.deffinum.domain.laureate.Laureate;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.HandlerEnhancerDefinition;
import org.axonframework.messaging.annotation.MessageHandlingMember;
import org.axonframework.messaging.annotation.WrappedMessageHandlingMember;
import org.axonframework.modelling.command.AggregateLifecycle;

/**
 * A laureate's command handlers answer with the laureate's version once the command is applied, so
 * that the sender waits for exactly that version on the read side without asking the event store
 * again. Handlers that return something of their own (the creation returns the id) keep it.
 */
public class VersionAsCommandResult implements HandlerEnhancerDefinition {

    @Override
    public <T> MessageHandlingMember<T> wrapHandler(MessageHandlingMember<T> original) {
        boolean laureateCommand = original.declaringClass() == Laureate.class
                && original.annotationAttributes(CommandHandler.class).isPresent();
        return laureateCommand ? new VersionReturning<>(original) : original;
    }

    private static final class VersionReturning<T> extends WrappedMessageHandlingMember<T> {

        private VersionReturning(MessageHandlingMember<T> delegate) {
            super(delegate);
        }

        @Override
        public Object handle(Message<?> message, T target) throws Exception {
            Object result = super.handle(message, target);
            return result == null ? AggregateLifecycle.getVersion() : result;
        }
    }
}
