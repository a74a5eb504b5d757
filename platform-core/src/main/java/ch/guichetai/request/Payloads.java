package ch.guichetai.request;

import ch.guichetai.canton.InvoiceForm;
import ch.guichetai.catalogue.DeviceNumber;
import ch.guichetai.money.Money;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;

/**
 * A request's form content as the JSON text of {@code request.payload} (ADR 0024): the record's
 * components by name, dates as ISO text ("2022-06-06"), amounts as text with two decimals
 * ("102.00", never a binary floating-point number), assistive devices' numbers as text ("10.05"). The form column says which record it is and
 * {@code payload_version} which shape: a change to a record that old rows cannot be read into
 * raises {@link #VERSION} and adds the reading of the older version here.
 */
final class Payloads {

    /** The shape written now. */
    static final int VERSION = 1;

    private static final JsonMapper JSON = JsonMapper.builder()
            .addModule(new SimpleModule("money").addSerializer(Money.class, new MoneyText())
                    .addDeserializer(Money.class, new MoneyFromText()))
            .addModule(new SimpleModule("device").addSerializer(DeviceNumber.class, new DeviceNumberText())
                    .addDeserializer(DeviceNumber.class, new DeviceNumberFromText()))
            .build();

    private Payloads() {
    }

    static String write(FormContent content) {
        return JSON.writeValueAsString(content);
    }

    static FormContent read(InvoiceForm form, int version, String json) {
        if (version != VERSION) {
            throw new IllegalStateException("unknown payload version " + version + " of form " + form.officialNumber());
        }
        return switch (form) {
            case GENERIC_INVOICE -> JSON.readValue(json, GenericInvoice.class);
            case TRAVEL_AND_MEALS -> JSON.readValue(json, TravelAndMeals.class);
            case HELPLESSNESS_ALLOWANCE_MINORS -> JSON.readValue(json, HelplessnessAllowanceMinors.class);
            case ASSISTANCE_CONTRIBUTION -> JSON.readValue(json, AssistanceContribution.class);
            case ASSISTIVE_DEVICES -> JSON.readValue(json, AssistiveDevices.class);
            case HEARING_AIDS -> JSON.readValue(json, HearingAids.class);
            default -> throw new IllegalStateException("form " + form.officialNumber() + " has no payload yet");
        };
    }

    private static final class MoneyText extends ValueSerializer<Money> {
        @Override
        public void serialize(Money value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(value.amount().toPlainString());
        }
    }

    private static final class MoneyFromText extends ValueDeserializer<Money> {
        @Override
        public Money deserialize(JsonParser parser, DeserializationContext context) {
            return Money.chf(parser.getString());
        }
    }

    /** An assistive device's number as the annex writes it: "10.05". */
    private static final class DeviceNumberText extends ValueSerializer<DeviceNumber> {
        @Override
        public void serialize(DeviceNumber value, JsonGenerator generator, SerializationContext context) {
            generator.writeString(value.value());
        }
    }

    private static final class DeviceNumberFromText extends ValueDeserializer<DeviceNumber> {
        @Override
        public DeviceNumber deserialize(JsonParser parser, DeserializationContext context) {
            return new DeviceNumber(parser.getString());
        }
    }
}
