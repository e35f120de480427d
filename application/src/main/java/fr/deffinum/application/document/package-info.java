/**
 * Documents as evidence: attached to a laureate by an event that names their SHA-256, their bytes
 * kept apart in a store addressed by that hash, checked against it whenever they are read.
 */
package fr.deffinum.application.document;
