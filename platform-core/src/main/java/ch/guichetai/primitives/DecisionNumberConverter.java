package ch.guichetai.primitives;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link DecisionNumber} in one column as its 14 digits;
 * use with {@code @Convert(converter = DecisionNumberConverter.class)}.
 * Reading validates again, so a row edited by hand cannot produce an invalid instance.
 */
@Converter(autoApply = false)
public class DecisionNumberConverter implements AttributeConverter<DecisionNumber, String> {

    @Override
    public String convertToDatabaseColumn(DecisionNumber number) {
        return number == null ? null : number.value();
    }

    @Override
    public DecisionNumber convertToEntityAttribute(String column) {
        return column == null ? null : DecisionNumber.of(column);
    }
}
