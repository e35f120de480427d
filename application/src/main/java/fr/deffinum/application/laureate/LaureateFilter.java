package fr.deffinum.application.laureate;

import fr.deffinum.domain.programme.ProgrammeCode;

/** Criteria of a laureate search; a null criterion matches everything. {@code text} looks in name, reference and lead. */
public record LaureateFilter(ProgrammeCode programme, LaureateStatus status, String sector, String text) {

    public static final LaureateFilter ALL = new LaureateFilter(null, null, null, null);
}
