package fr.deffinum.application.document;

import java.text.Normalizer;

/**
 * A file as it was sent, its name made safe to keep and to show: no folder, no control or
 * invisible formatting character (a right-to-left override disguises {@code fdp.exe} as
 * {@code exe.pdf}), at most {@value #MAX_NAME} characters with its extension kept.
 */
public record UploadedFile(String name, byte[] content) {

    static final int MAX_NAME = 200;
    private static final int MAX_EXTENSION = 10;

    public UploadedFile {
        name = safe(name);
    }

    private static String safe(String sent) {
        String name = sent == null ? "" : Normalizer.normalize(sent, Normalizer.Form.NFC);
        name = name.substring(Math.max(name.lastIndexOf('/'), name.lastIndexOf('\\')) + 1)
                .replaceAll("[\\p{Cc}\\p{Cf}\\p{Zl}\\p{Zp}]", "").strip();
        if (name.isEmpty() || name.equals(".") || name.equals("..")) {
            return "document";
        }
        if (name.codePointCount(0, name.length()) <= MAX_NAME) {
            return name;
        }
        int dot = name.lastIndexOf('.');
        String extension = dot > 0 && name.length() - dot <= MAX_EXTENSION ? name.substring(dot) : "";
        return name.substring(0, name.offsetByCodePoints(0, MAX_NAME - extension.length())) + extension;
    }
}
