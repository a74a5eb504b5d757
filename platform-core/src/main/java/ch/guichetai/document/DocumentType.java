package ch.guichetai.document;

import ch.guichetai.primitives.InvalidValueException;
import java.util.Arrays;

/**
 * The kinds of document accepted, told apart by the bytes each one starts with, never by the file
 * name or the MIME type the browser claims, so a renamed program is refused.
 */
public enum DocumentType {
    PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
    JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
    PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

    /** How many first bytes are enough to tell every type. */
    static final int SIGNATURE_BYTES = 8;

    private final String mediaType;
    private final String extension;
    private final byte[] signature;

    DocumentType(String mediaType, String extension, byte[] signature) {
        this.mediaType = mediaType;
        this.extension = extension;
        this.signature = signature;
    }

    public String mediaType() {
        return mediaType;
    }

    public String extension() {
        return extension;
    }

    /** The type whose signature starts the first {@code length} bytes of {@code start}, or refused. */
    static DocumentType of(byte[] start, int length) {
        for (DocumentType type : values()) {
            if (length >= type.signature.length
                    && Arrays.equals(start, 0, type.signature.length, type.signature, 0, type.signature.length)) {
                return type;
            }
        }
        throw new InvalidValueException("invalid.document.type");
    }

    static DocumentType ofMediaType(String mediaType) {
        return Arrays.stream(values()).filter(type -> type.mediaType.equals(mediaType)).findFirst()
                .orElseThrow(() -> new IllegalStateException("unknown stored media type " + mediaType));
    }
}
