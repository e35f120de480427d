package fr.deffinum.application.projection;

/** A projection's position in the event store against the store's head. */
public record ProjectionStatus(String name, boolean running, boolean replaying, long position, long head) {

    public long behind() {
        return Math.max(0, head - position);
    }
}
