package fr.deffinum.application.importing;

/**
 * Why one line of an imported file cannot be recorded. {@code line} is the line's number in the
 * file (the header is line 1); {@code column} is null when the whole line or file is at fault.
 */
public record LineError(int line, String column, String code, String message, String messageFr) {
}
