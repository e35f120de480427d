package fr.deffinum.application.integrity;

import static java.nio.charset.StandardCharsets.UTF_8;

import fr.deffinum.application.document.Sha256;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Collectors;

/**
 * The heads of every aggregate's chain at one moment. Its canonical form, which is signed through
 * its SHA-256, is one line {@code aggregate:sequence:hash} per aggregate, each ended by a line feed,
 * sorted by aggregate id (Java's string order, which is byte order for the ASCII ids of the store),
 * in UTF-8: {@code sha256sum} of that text gives {@link #sha256()}.
 */
public record ChainHeadSet(List<ChainHead> heads) {

    public ChainHeadSet {
        heads = heads.stream().sorted(Comparator.comparing(ChainHead::aggregate)).toList();
    }

    public static ChainHeadSet parse(String canonical) {
        return new ChainHeadSet(canonical.isEmpty() ? List.of()
                : Arrays.stream(canonical.split("\n")).map(ChainHead::parse).toList());
    }

    public String canonical() {
        return heads.stream().map(head -> head.line() + "\n").collect(Collectors.joining());
    }

    public String sha256() {
        return Sha256.hex(canonical().getBytes(UTF_8));
    }
}
