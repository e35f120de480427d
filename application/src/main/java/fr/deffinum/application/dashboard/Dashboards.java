package fr.deffinum.application.dashboard;

/** Computes the dashboard from the laureate read model. */
public interface Dashboards {

    Dashboard current();
}
