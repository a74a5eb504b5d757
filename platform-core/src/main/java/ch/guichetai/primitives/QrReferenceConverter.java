package ch.guichetai.primitives;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link QrReference} in one column as its 27 digits;
 * use with {@code @Convert(converter = QrReferenceConverter.class)}.
 */
@Converter(autoApply = false)
public class QrReferenceConverter implements AttributeConverter<QrReference, String> {

    @Override
    public String convertToDatabaseColumn(QrReference reference) {
        return reference == null ? null : reference.value();
    }

    @Override
    public QrReference convertToEntityAttribute(String column) {
        return column == null ? null : QrReference.of(column);
    }
}
