package ch.guichetai.primitives;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link PhoneNumber} in one column as its E.164 form;
 * use with {@code @Convert(converter = PhoneNumberConverter.class)}.
 * Reading validates again, so a row edited by hand cannot produce an invalid instance.
 */
@Converter(autoApply = false)
public class PhoneNumberConverter implements AttributeConverter<PhoneNumber, String> {

    @Override
    public String convertToDatabaseColumn(PhoneNumber phoneNumber) {
        return phoneNumber == null ? null : phoneNumber.value();
    }

    @Override
    public PhoneNumber convertToEntityAttribute(String column) {
        return column == null ? null : PhoneNumber.of(column);
    }
}
