package fr.deffinum.api.reliability.anyinput;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** Sends a {@link RawRequest} on its own connection to the loopback and reads the whole answer. */
final class RawHttp {

    private final int port;

    RawHttp(int port) {
        this.port = port;
    }

    Answer send(RawRequest request, String authorization) {
        StringBuilder head = new StringBuilder(request.method()).append(' ').append(request.target())
                .append(" HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n");
        if (authorization != null) {
            head.append("Authorization: ").append(authorization).append("\r\n");
        }
        request.headers().forEach(header -> head.append(header.name()).append(": ").append(header.value()).append("\r\n"));
        if (request.body() != null) {
            head.append("Content-Length: ").append(request.body().length).append("\r\n");
        }
        head.append("\r\n");
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(60_000);
            try {
                OutputStream out = socket.getOutputStream();
                out.write(head.toString().getBytes(StandardCharsets.UTF_8));
                if (request.body() != null) {
                    out.write(request.body());
                }
                out.flush();
            } catch (SocketException answeredEarly) {
                // the server may refuse before reading the whole body: its answer is still to be read
            }
            return Answer.parse(socket.getInputStream());
        } catch (IOException e) {
            throw new UncheckedIOException("No answer to " + request.method() + " " + abbreviated(request.target()), e);
        }
    }

    static String abbreviated(String text) {
        return text == null || text.length() <= 160 ? text : text.substring(0, 160) + "…(" + text.length() + ")";
    }

    /** The status, the headers (names in lower case) and the body, de-chunked. */
    record Answer(int status, Map<String, String> headers, String body) {

        String contentType() {
            return headers.getOrDefault("content-type", "");
        }

        boolean isProblem() {
            return contentType().startsWith("application/problem+json");
        }

        static Answer parse(InputStream in) throws IOException {
            byte[] all = in.readAllBytes();
            String text = new String(all, StandardCharsets.ISO_8859_1);
            int end = text.indexOf("\r\n\r\n");
            if (!text.startsWith("HTTP/1.1 ") || end < 0) {
                throw new IOException("Not an HTTP answer: " + abbreviated(text));
            }
            String[] lines = text.substring(0, end).split("\r\n");
            Map<String, String> headers = new TreeMap<>();
            for (int i = 1; i < lines.length; i++) {
                int colon = lines[i].indexOf(':');
                headers.put(lines[i].substring(0, colon).trim().toLowerCase(Locale.ROOT), lines[i].substring(colon + 1).trim());
            }
            byte[] body = Arrays.copyOfRange(all, end + 4, all.length);
            if ("chunked".equalsIgnoreCase(headers.get("transfer-encoding"))) {
                body = dechunked(body);
            }
            return new Answer(Integer.parseInt(lines[0].substring(9, 12)), headers, new String(body, StandardCharsets.UTF_8));
        }

        private static byte[] dechunked(byte[] chunked) {
            ByteArrayOutputStream body = new ByteArrayOutputStream();
            int at = 0;
            while (at < chunked.length) {
                int lineEnd = new String(chunked, at, Math.min(20, chunked.length - at), StandardCharsets.ISO_8859_1).indexOf("\r\n");
                int size = Integer.parseInt(new String(chunked, at, lineEnd, StandardCharsets.ISO_8859_1).split(";")[0].trim(), 16);
                if (size == 0) {
                    break;
                }
                body.write(chunked, at + lineEnd + 2, size);
                at += lineEnd + 2 + size + 2;
            }
            return body.toByteArray();
        }
    }
}
