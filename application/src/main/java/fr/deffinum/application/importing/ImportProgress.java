package fr.deffinum.application.importing;

/** Where a running import stands: lines read, lines checked against the rules, and its phase. */
public record ImportProgress(String importId, Phase phase, int lines, int checked, int errors) {

    public enum Phase { READING, CHECKING, RECORDING, RECORDED, PROPOSED, REJECTED, FAILED }
}
