package fr.deffinum.application.document;

import fr.deffinum.application.ledger.PointInTime;
import java.util.List;
import java.util.Optional;

/** The documents of the read side, written by the laureate projection with the laureate they belong to. */
public interface DocumentViews {

    Optional<DocumentView> find(String documentId);

    /** A laureate's documents recorded by {@code point.asOf()} and in effect by {@code point.effectiveOn()}, oldest first. */
    List<DocumentView> of(String laureateId, PointInTime point);
}
