package fr.deffinum.domain.laureate;

/** Where a project's effects are expected. */
public enum Scope {
    NATIONAL,
    INTERREGIONAL
}
