package fr.deffinum.application.laureate;

import fr.deffinum.domain.laureate.Programme;
import fr.deffinum.domain.laureate.Sector;

/** Criteria of a laureate search; a null criterion matches everything. {@code text} looks in name, reference and lead. */
public record LaureateFilter(Programme programme, LaureateStatus status, Sector sector, String text) {

    public static final LaureateFilter ALL = new LaureateFilter(null, null, null, null);
}
