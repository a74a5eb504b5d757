package ch.guichetai.primitives;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link AvsNumber} in one column as its 13 digits;
 * use with {@code @Convert(converter = AvsNumberConverter.class)}.
 * Reading validates again, so a row edited by hand cannot produce an invalid instance.
 */
@Converter(autoApply = false)
public class AvsNumberConverter implements AttributeConverter<AvsNumber, String> {

    @Override
    public String convertToDatabaseColumn(AvsNumber avsNumber) {
        return avsNumber == null ? null : avsNumber.value();
    }

    @Override
    public AvsNumber convertToEntityAttribute(String column) {
        return column == null ? null : AvsNumber.of(column);
    }
}
