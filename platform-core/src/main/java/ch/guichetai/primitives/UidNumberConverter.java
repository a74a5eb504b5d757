package ch.guichetai.primitives;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link UidNumber} in one column as "CHE123456789";
 * use with {@code @Convert(converter = UidNumberConverter.class)}.
 * Reading validates again, so a row edited by hand cannot produce an invalid instance.
 */
@Converter(autoApply = false)
public class UidNumberConverter implements AttributeConverter<UidNumber, String> {

    @Override
    public String convertToDatabaseColumn(UidNumber uidNumber) {
        return uidNumber == null ? null : uidNumber.value();
    }

    @Override
    public UidNumber convertToEntityAttribute(String column) {
        return column == null ? null : UidNumber.of(column);
    }
}
