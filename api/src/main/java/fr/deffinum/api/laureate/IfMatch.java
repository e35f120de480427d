package fr.deffinum.api.laureate;

import fr.deffinum.api.problem.PreconditionFailed;
import java.util.OptionalLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The laureate version an {@code If-Match} header names: the {@code ETag} of a laureate is its version. */
final class IfMatch {

    private static final Pattern VERSION = Pattern.compile("\\s*(?:W/)?\"?(\\d{1,18})\"?\\s*");

    private IfMatch() {
    }

    static OptionalLong version(String header) {
        if (header == null || header.isBlank() || header.strip().equals("*")) {
            return OptionalLong.empty();
        }
        Matcher matcher = VERSION.matcher(header);
        if (!matcher.matches()) {
            throw new PreconditionFailed(header);
        }
        return OptionalLong.of(Long.parseLong(matcher.group(1)));
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }
}
