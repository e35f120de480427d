package fr.deffinum.application.importing;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import org.springframework.core.io.InputStreamSource;

/**
 * Reads a file as UTF-8, with or without its byte order mark; a file that is not valid UTF-8 was
 * saved in Latin-1 (ISO-8859-1), the other encoding French spreadsheets still produce.
 */
final class TextDecoding {

    private TextDecoding() {
    }

    static String decode(byte[] bytes) {
        int start = hasUtf8Bom(bytes) ? 3 : 0;
        try {
            return StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .decode(ByteBuffer.wrap(bytes, start, bytes.length - start))
                    .toString();
        } catch (CharacterCodingException notUtf8) {
            return new String(bytes, StandardCharsets.ISO_8859_1);
        }
    }

    /**
     * The file as text, read twice from its start: once to tell its encoding, once for the reader
     * returned, which the caller closes. Neither pass holds more than a buffer of it.
     */
    static Reader reader(InputStreamSource file) throws IOException {
        boolean utf8 = isUtf8(file);
        InputStream bytes = new BufferedInputStream(file.getInputStream());
        if (utf8) {
            bytes.mark(3);
            byte[] start = bytes.readNBytes(3);
            if (!hasUtf8Bom(start)) {
                bytes.reset();
            }
        }
        return new InputStreamReader(bytes, utf8 ? StandardCharsets.UTF_8 : StandardCharsets.ISO_8859_1);
    }

    private static boolean isUtf8(InputStreamSource file) throws IOException {
        CharsetDecoder strict = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        char[] buffer = new char[8192];
        try (Reader text = new InputStreamReader(file.getInputStream(), strict)) {
            while (text.read(buffer) >= 0) {
                // read through: a malformed sequence anywhere throws
            }
            return true;
        } catch (CharacterCodingException notUtf8) {
            return false;
        }
    }

    private static boolean hasUtf8Bom(byte[] bytes) {
        return bytes.length >= 3 && bytes[0] == (byte) 0xEF && bytes[1] == (byte) 0xBB && bytes[2] == (byte) 0xBF;
    }
}
