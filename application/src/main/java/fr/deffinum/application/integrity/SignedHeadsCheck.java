package fr.deffinum.application.integrity;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Folds the stored events into whether each head a signature signed is still there: the event of
 * that aggregate at that sequence must still give the signed hash. Events appended since move the
 * head forward and change nothing; a chain rewritten from an earlier event, hashes recomputed,
 * gives another hash at the signed sequence and is named.
 */
public final class SignedHeadsCheck {

    private final HeadsSignature signature;
    private final Map<String, ChainHead> signed = new LinkedHashMap<>();
    private final Map<String, String> current = new HashMap<>();

    /** Checks the heads of every aggregate, or of {@code laureate} alone when it is not null. */
    public SignedHeadsCheck(HeadsSignature signature, String laureate) {
        this.signature = signature;
        ChainHeadSet.parse(signature.heads()).heads().stream()
                .filter(head -> laureate == null || head.aggregate().equals(laureate))
                .forEach(head -> signed.put(head.aggregate(), head));
    }

    public void accept(StoredEvent event) {
        ChainHead head = signed.get(event.content().aggregateIdentifier());
        if (head != null && head.sequence() == event.content().sequence() && event.hash() != null) {
            current.put(head.aggregate(), EventHash.of(event.content(), event.previousHash()));
        }
    }

    public SignatureVerdict result(Signing signing) {
        boolean valid = signing.key().map(signature::validFor).orElse(false);
        List<HeadMismatch> mismatches = new ArrayList<>();
        signed.values().forEach(head -> {
            String now = current.get(head.aggregate());
            if (!head.hash().equals(now)) {
                mismatches.add(new HeadMismatch(head.aggregate(), head.sequence(), head.hash(), now));
            }
        });
        return new SignatureVerdict(signature.signedAt(), signature.headsHash(), signature.keyId(), valid,
                mismatches.isEmpty(), signed.size(), mismatches);
    }
}
