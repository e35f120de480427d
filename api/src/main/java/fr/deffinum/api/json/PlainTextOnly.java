package fr.deffinum.api.json;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.deser.std.StringDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Text in request bodies may not hold control characters other than tab and line breaks: a NUL
 * cannot be stored in PostgreSQL's text or jsonb, so an event carrying one would stop the projections
 * that copy it; the others only serve to disguise what is shown.
 */
@Component
public class PlainTextOnly extends SimpleModule {

    private static final Pattern CONTROL = Pattern.compile("[\\x00-\\x08\\x0B\\x0C\\x0E-\\x1F\\x7F]");

    public PlainTextOnly() {
        super("plain-text-only");
        addDeserializer(String.class, new StringDeserializer() {
            @Override
            public String deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                String text = super.deserialize(parser, context);
                if (text != null && CONTROL.matcher(text).find()) {
                    return (String) context.handleWeirdStringValue(String.class, text, "contains a control character");
                }
                return text;
            }
        });
    }
}
