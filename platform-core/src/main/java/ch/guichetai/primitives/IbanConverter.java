package ch.guichetai.primitives;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link Iban} in one column as its compact upper-case form;
 * use with {@code @Convert(converter = IbanConverter.class)}.
 * Reading validates again, so a row edited by hand cannot produce an invalid instance.
 */
@Converter(autoApply = false)
public class IbanConverter implements AttributeConverter<Iban, String> {

    @Override
    public String convertToDatabaseColumn(Iban iban) {
        return iban == null ? null : iban.value();
    }

    @Override
    public Iban convertToEntityAttribute(String column) {
        return column == null ? null : Iban.of(column);
    }
}
