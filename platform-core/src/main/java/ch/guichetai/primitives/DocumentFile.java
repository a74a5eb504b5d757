package ch.guichetai.primitives;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.HexFormat;

/**
 * A document a person sends (a signed procuration, later the invoices' attachments): a PDF, JPEG
 * or PNG of at most {@link #MAX_BYTES}. The type is read from the content's first bytes, never
 * from the file name or the MIME type the browser claims, so a renamed program is refused.
 */
public final class DocumentFile {

    /** 10 MB: a scanned page or a phone photo of a signed paper fits easily. */
    public static final int MAX_BYTES = 10 * 1024 * 1024;
    public static final int MAX_MEGABYTES = MAX_BYTES / (1024 * 1024);
    private static final int MAX_NAME_LENGTH = 200;

    /** The accepted types and the bytes each one starts with. */
    public enum Type {
        PDF("application/pdf", "pdf", new byte[] {'%', 'P', 'D', 'F', '-'}),
        JPEG("image/jpeg", "jpg", new byte[] {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF}),
        PNG("image/png", "png", new byte[] {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n'});

        private final String mediaType;
        private final String extension;
        private final byte[] magic;

        Type(String mediaType, String extension, byte[] magic) {
            this.mediaType = mediaType;
            this.extension = extension;
            this.magic = magic;
        }

        public String mediaType() {
            return mediaType;
        }

        public String extension() {
            return extension;
        }

        static Type of(byte[] content) {
            for (Type type : values()) {
                if (content.length >= type.magic.length
                        && Arrays.equals(content, 0, type.magic.length, type.magic, 0, type.magic.length)) {
                    return type;
                }
            }
            throw new InvalidValueException("invalid.document.type");
        }
    }

    private final String fileName;
    private final Type type;
    private final byte[] content;

    private DocumentFile(String fileName, Type type, byte[] content) {
        this.fileName = fileName;
        this.type = type;
        this.content = content;
    }

    /**
     * The document as received. The name is only kept to show and to download it again (reduced to
     * a plain file name); its extension is replaced by the detected type's.
     */
    public static DocumentFile of(String fileName, byte[] content) {
        if (content == null || content.length == 0) {
            throw new InvalidValueException(InvalidValueException.REQUIRED);
        }
        if (content.length > MAX_BYTES) {
            throw new InvalidValueException("invalid.document.too-large", MAX_MEGABYTES);
        }
        Type type = Type.of(content);
        return new DocumentFile(plainName(fileName, type), type, content.clone());
    }

    /** A document read back from storage, already checked when it was received. */
    public static DocumentFile stored(String fileName, Type type, byte[] content) {
        return new DocumentFile(fileName, type, content);
    }

    /** No path, no control or quote characters, the detected type's extension. */
    private static String plainName(String fileName, Type type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"';]", "_").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "document";
        }
        int maxBase = MAX_NAME_LENGTH - type.extension.length() - 1;
        return (base.length() > maxBase ? base.substring(0, maxBase) : base) + "." + type.extension;
    }

    public String fileName() {
        return fileName;
    }

    public Type type() {
        return type;
    }

    public int size() {
        return content.length;
    }

    public byte[] content() {
        return content.clone();
    }

    /** The SHA-256 of the content in lower-case hexadecimal, to prove later which file was sent. */
    public String sha256() {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(content));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
