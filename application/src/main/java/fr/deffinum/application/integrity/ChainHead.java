package fr.deffinum.application.integrity;

/** The last event of one aggregate's chain: its sequence number and its hash. */
public record ChainHead(String aggregate, long sequence, String hash) {

    public ChainHead {
        if (aggregate.indexOf('\n') >= 0 || !hash.matches("[0-9a-f]{64}")) {
            throw new IllegalArgumentException("Not a chain head: " + aggregate + " " + hash);
        }
    }

    /** Its line in {@link ChainHeadSet#canonical()}: {@code aggregate:sequence:hash}. */
    String line() {
        return aggregate + ":" + sequence + ":" + hash;
    }

    /** Read back from its line; the aggregate id is everything before the last two colons. */
    static ChainHead parse(String line) {
        int hashAt = line.lastIndexOf(':');
        int sequenceAt = line.lastIndexOf(':', hashAt - 1);
        return new ChainHead(line.substring(0, sequenceAt), Long.parseLong(line.substring(sequenceAt + 1, hashAt)),
                line.substring(hashAt + 1));
    }
}
