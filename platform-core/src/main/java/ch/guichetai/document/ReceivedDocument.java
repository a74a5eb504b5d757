package ch.guichetai.document;

import ch.guichetai.primitives.InvalidValueException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.ref.Cleaner;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;

/**
 * A file a person sent (a signed procuration, later the invoices' attachments), checked but not yet
 * stored: a PDF, JPEG or PNG by its content, not empty, not larger than the limit. The content
 * waits in a temporary file, written while it is hashed, so that an upload never sits in the heap
 * (ADR 0018). A form may be saved again after a refusal, so storing it does not use it up: the
 * temporary file goes with {@link #discard()} or, at the latest, once nothing refers to this object.
 */
public final class ReceivedDocument implements DocumentFile {

    private static final Cleaner TEMPORARY_FILES = Cleaner.create();
    private static final int MAX_NAME_LENGTH = 200;
    private static final int BUFFER = 64 * 1024;

    private final String fileName;
    private final DocumentType type;
    private final long size;
    private final String sha256;
    private final Path content;
    private final Cleaner.Cleanable deletion;

    private ReceivedDocument(String fileName, DocumentType type, long size, String sha256, Path content) {
        this.fileName = fileName;
        this.type = type;
        this.size = size;
        this.sha256 = sha256;
        this.content = content;
        this.deletion = TEMPORARY_FILES.register(this, deletionOf(content));
    }

    /**
     * Reads at most {@code maxBytes} + 1 bytes of the content, whatever the sender claims, and
     * refuses a file of another type as soon as its first bytes are in. The name is only kept to
     * show and to download the file again: reduced to a plain file name, with the detected type's
     * extension.
     */
    public static ReceivedDocument receive(String fileName, InputStream content, long maxBytes) {
        Path file = temporaryFile();
        try (OutputStream out = Files.newOutputStream(file)) {
            MessageDigest sha256 = newSha256();
            byte[] start = new byte[DocumentType.SIGNATURE_BYTES];
            byte[] buffer = new byte[BUFFER];
            long size = 0;
            DocumentType type = null;
            for (int read = content.read(buffer); read >= 0; read = content.read(buffer)) {
                if (size < start.length) {
                    System.arraycopy(buffer, 0, start, (int) size, (int) Math.min(read, start.length - size));
                }
                size += read;
                if (type == null && size >= start.length) {
                    type = DocumentType.of(start, start.length);
                }
                if (size > maxBytes) {
                    throw new InvalidValueException("invalid.document.too-large", megabytes(maxBytes));
                }
                sha256.update(buffer, 0, read);
                out.write(buffer, 0, read);
            }
            if (size == 0) {
                throw new InvalidValueException(InvalidValueException.REQUIRED);
            }
            if (type == null) {
                type = DocumentType.of(start, (int) size);
            }
            return new ReceivedDocument(plainName(fileName, type), type, size,
                    HexFormat.of().formatHex(sha256.digest()), file);
        } catch (IOException e) {
            delete(file);
            throw new UncheckedIOException(e);
        } catch (RuntimeException refused) {
            delete(file);
            throw refused;
        }
    }

    /** The limit in whole megabytes, as the messages say it. */
    static int megabytes(long bytes) {
        return (int) (bytes / (1024 * 1024));
    }

    /** No path, no control or quote characters, the detected type's extension. */
    private static String plainName(String fileName, DocumentType type) {
        String name = fileName == null ? "" : fileName.replace('\\', '/');
        name = name.substring(name.lastIndexOf('/') + 1).replaceAll("[\\p{Cntrl}\"';]", "_").strip();
        int dot = name.lastIndexOf('.');
        String base = dot > 0 ? name.substring(0, dot) : name;
        if (base.isBlank()) {
            base = "document";
        }
        int maxBase = MAX_NAME_LENGTH - type.extension().length() - 1;
        return (base.length() > maxBase ? base.substring(0, maxBase) : base) + "." + type.extension();
    }

    public String fileName() {
        return fileName;
    }

    public DocumentType type() {
        return type;
    }

    public long size() {
        return size;
    }

    /** The SHA-256 of the content in lower-case hexadecimal, to prove later which file was sent. */
    public String sha256() {
        return sha256;
    }

    /** The content, from the temporary file. */
    public InputStream open() {
        try {
            return Files.newInputStream(content);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Deletes the temporary file now; the document cannot be stored afterwards. */
    public void discard() {
        deletion.clean();
    }

    private static Path temporaryFile() {
        try {
            return Files.createTempFile("guichet-document-", ".upload");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Refers to the file only, never to the document, or the document would never become unreachable. */
    private static Runnable deletionOf(Path file) {
        return () -> delete(file);
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            // the temporary directory is cleaned by the system as well
        }
    }

    private static MessageDigest newSha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
