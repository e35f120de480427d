package fr.deffinum.api.document;

import static java.nio.charset.StandardCharsets.US_ASCII;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.HexFormat;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Small files for the documents' tests, made here byte by byte. */
public final class TestDocuments {

    /** The start of a Windows program: what no laureate's file may be, whatever its name. */
    public static final byte[] EXE = HexFormat.of().parseHex("4d5a90000300000004000000ffff0000b800000000000000400000"
            + "00000000000000000000000000000000000000000000000000000000000000000000000000800000000e1fba0e00b409cd21b801"
            + "4ccd21546869732070726f6772616d2063616e6e6f742062652072756e20696e20444f53206d6f64652e0d0d0a2400000000000000"
            + "504500004c010300");

    private TestDocuments() {
    }

    /** A minimal valid PDF; {@code mark}, in a comment, makes its bytes its own: a test that alters bytes touches no other's. */
    public static byte[] pdf(String mark) {
        return ("%PDF-1.4\n% " + mark + "\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
                + "2 0 obj<</Type/Pages/Kids[]/Count 0>>endobj\ntrailer<</Root 1 0 R>>\n%%EOF\n").getBytes(US_ASCII);
    }

    /** A ZIP holding {@code content} as {@code name}. */
    public static byte[] zip(String name, byte[] content) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (ZipOutputStream zip = new ZipOutputStream(bytes)) {
            zip.putNextEntry(new ZipEntry(name));
            zip.write(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }
}
