package fr.deffinum.application.laureate;

/** A command was recorded but the read side has not shown it within the wait allowed; {@code laureateId} names the laureate, or the programme, it was recorded on. */
public class ReadSideBehind extends RuntimeException {

    private final String laureateId;
    private final long version;

    public ReadSideBehind(String laureateId, long version) {
        super(laureateId + " recorded at version " + version + ", not yet visible in the read model");
        this.laureateId = laureateId;
        this.version = version;
    }

    public String laureateId() {
        return laureateId;
    }

    public long version() {
        return version;
    }
}
