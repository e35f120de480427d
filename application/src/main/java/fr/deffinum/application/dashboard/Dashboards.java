package fr.deffinum.application.dashboard;

import fr.deffinum.domain.programme.ProgrammeCode;

/** Computes the dashboard from the laureate read model. */
public interface Dashboards {

    Dashboard current();

    /** The dashboard of one programme's laureates only: its row, and theirs by sector and status. */
    Dashboard current(ProgrammeCode programme);
}
