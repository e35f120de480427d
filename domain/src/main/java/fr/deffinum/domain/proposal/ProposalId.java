package fr.deffinum.domain.proposal;

import java.util.Objects;
import java.util.UUID;

/** The identifier of a proposal: a random UUID, as its stream's aggregate identifier. */
public record ProposalId(String value) {

    public ProposalId {
        Objects.requireNonNull(value, "value");
        UUID.fromString(value);
    }

    public static ProposalId random() {
        return new ProposalId(UUID.randomUUID().toString());
    }

    @Override
    public String toString() {
        return value;
    }
}
