package fr.deffinum.infrastructure.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import java.io.IOException;
import java.util.function.Function;

/** Money as a plain JSON number of euros with two decimals, ids as plain strings: in events and in the API alike. */
public class DeffinumJacksonModule extends SimpleModule {

    public DeffinumJacksonModule() {
        super("deffinum");
        addSerializer(Money.class, new JsonSerializer<>() {
            @Override
            public void serialize(Money money, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeNumber(money.amount());
            }
        });
        addDeserializer(Money.class, new JsonDeserializer<>() {
            @Override
            public Money deserialize(JsonParser json, DeserializationContext context) throws IOException {
                return new Money(json.getDecimalValue());
            }
        });
        asString(LaureateId.class, LaureateId::value, LaureateId::new);
        asString(ProgrammeCode.class, ProgrammeCode::value, ProgrammeCode::new);
    }

    /** A typed id written as its string, as a value and as a map key (the programme's reservations per laureate). */
    private <T> void asString(Class<T> type, Function<T, String> value, Function<String, T> parse) {
        addSerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T id, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(value.apply(id));
            }
        });
        addKeySerializer(type, new JsonSerializer<>() {
            @Override
            public void serialize(T id, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeFieldName(value.apply(id));
            }
        });
        addDeserializer(type, new JsonDeserializer<>() {
            @Override
            public T deserialize(JsonParser json, DeserializationContext context) throws IOException {
                return parse.apply(json.getValueAsString());
            }
        });
        addKeyDeserializer(type, new KeyDeserializer() {
            @Override
            public Object deserializeKey(String key, DeserializationContext context) {
                return parse.apply(key);
            }
        });
    }
}
