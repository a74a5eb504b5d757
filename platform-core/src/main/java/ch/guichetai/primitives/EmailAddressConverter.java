package ch.guichetai.primitives;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores an {@link EmailAddress} in one column as its canonical form;
 * use with {@code @Convert(converter = EmailAddressConverter.class)}.
 * Reading validates again, so a row edited by hand cannot produce an invalid instance.
 */
@Converter(autoApply = false)
public class EmailAddressConverter implements AttributeConverter<EmailAddress, String> {

    @Override
    public String convertToDatabaseColumn(EmailAddress emailAddress) {
        return emailAddress == null ? null : emailAddress.value();
    }

    @Override
    public EmailAddress convertToEntityAttribute(String column) {
        return column == null ? null : EmailAddress.of(column);
    }
}
