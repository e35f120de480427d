package fr.deffinum.application.laureate;

import fr.deffinum.domain.programme.ProgrammeCode;

/** What names a laureate in a file, and the programme that decides who may record for it. */
public record LaureateKey(String id, String reference, ProgrammeCode programme) {
}
