package fr.deffinum.api.reliability.anyinput;

import java.util.ArrayList;
import java.util.List;

/**
 * An HTTP/1.1 request exactly as it goes on the wire: any method, any request target, any header
 * (repeated, huge, non-ASCII) and any bytes as body, which {@code java.net.http} would refuse to send.
 */
record RawRequest(String method, String target, List<Header> headers, byte[] body) {

    record Header(String name, String value) {
    }

    RawRequest withMethod(String changed) {
        return new RawRequest(changed, target, headers, body);
    }

    RawRequest withTarget(String changed) {
        return new RawRequest(method, changed, headers, body);
    }

    /** Replaces every header of that name; a null value leaves none. */
    RawRequest withHeader(String name, String value) {
        List<Header> changed = new ArrayList<>(headers.stream().filter(h -> !h.name().equalsIgnoreCase(name)).toList());
        if (value != null) {
            changed.add(new Header(name, value));
        }
        return new RawRequest(method, target, changed, body);
    }

    RawRequest plusHeader(String name, String value) {
        List<Header> changed = new ArrayList<>(headers);
        changed.add(new Header(name, value));
        return new RawRequest(method, target, changed, body);
    }

    RawRequest withBody(String contentType, byte[] changed) {
        return new RawRequest(method, target, headers, changed).withHeader("Content-Type", contentType);
    }

    String contentType() {
        return headers.stream().filter(h -> h.name().equalsIgnoreCase("Content-Type")).map(Header::value)
                .findFirst().orElse(null);
    }
}
