package fr.deffinum.infrastructure.json;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonSerializer;
import com.fasterxml.jackson.databind.KeyDeserializer;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import fr.deffinum.domain.laureate.LaureateId;
import fr.deffinum.domain.laureate.commands.AmendAward;
import fr.deffinum.domain.laureate.commands.CancelPayment;
import fr.deffinum.domain.laureate.commands.MakePayment;
import fr.deffinum.domain.laureate.commands.NotifyDecision;
import fr.deffinum.domain.laureate.commands.ProposableStep;
import fr.deffinum.domain.laureate.commands.RecordRecovery;
import fr.deffinum.domain.laureate.commands.SignConvention;
import fr.deffinum.domain.laureate.commands.WithdrawLaureate;
import fr.deffinum.domain.money.Money;
import fr.deffinum.domain.programme.ProgrammeCode;
import fr.deffinum.domain.proposal.ProposalId;
import java.io.IOException;
import java.util.function.Function;

/** Money as a plain JSON number of euros with two decimals, ids as plain strings, proposed steps by name: in events and in the API alike. */
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
        asString(ProposalId.class, ProposalId::value, ProposalId::new);
        setMixInAnnotation(ProposableStep.class, ProposableStepTypes.class);
    }

    /** A proposed step names its command, so that a proposal's steps read back as the commands they are. */
    @JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "command")
    @JsonSubTypes({@JsonSubTypes.Type(NotifyDecision.class), @JsonSubTypes.Type(AmendAward.class),
            @JsonSubTypes.Type(MakePayment.class), @JsonSubTypes.Type(CancelPayment.class),
            @JsonSubTypes.Type(RecordRecovery.class), @JsonSubTypes.Type(WithdrawLaureate.class),
            @JsonSubTypes.Type(SignConvention.class)})
    private interface ProposableStepTypes {
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
