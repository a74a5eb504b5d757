package ch.guichetai.primitives;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/**
 * Stores a {@link Gln} in one column as its 13 digits;
 * use with {@code @Convert(converter = GlnConverter.class)}.
 * Reading validates again, so a row edited by hand cannot produce an invalid instance.
 */
@Converter(autoApply = false)
public class GlnConverter implements AttributeConverter<Gln, String> {

    @Override
    public String convertToDatabaseColumn(Gln gln) {
        return gln == null ? null : gln.value();
    }

    @Override
    public Gln convertToEntityAttribute(String column) {
        return column == null ? null : Gln.of(column);
    }
}
