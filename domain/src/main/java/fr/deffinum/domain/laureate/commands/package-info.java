/** What program officers ask of a laureate: imperative records, one per step of its lifecycle. */
package fr.deffinum.domain.laureate.commands;
