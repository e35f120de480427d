package fr.deffinum.infrastructure.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.money.Money;
import java.io.IOException;

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
        addSerializer(LaureateId.class, new JsonSerializer<>() {
            @Override
            public void serialize(LaureateId id, JsonGenerator json, SerializerProvider provider) throws IOException {
                json.writeString(id.value());
            }
        });
        addDeserializer(LaureateId.class, new JsonDeserializer<>() {
            @Override
            public LaureateId deserialize(JsonParser json, DeserializationContext context) throws IOException {
                return new LaureateId(json.getValueAsString());
            }
        });
    }
}
