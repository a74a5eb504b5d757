package ch.guichetai.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import ch.guichetai.primitives.InvalidValueException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class ReceivedDocumentTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};
    /** Today's limit, as configured in platform-core.yml (DocumentsTest checks the configuration). */
    static final int MAX_BYTES = 10 * 1024 * 1024;

    @Test
    void theTypeIsReadFromTheContentNotFromTheName() {
        assertThat(of("procuration.pdf", PDF).type()).isEqualTo(DocumentType.PDF);
        assertThat(of("scan.png", PNG).type()).isEqualTo(DocumentType.PNG);
        assertThat(of("photo.jpeg", JPEG).type().mediaType()).isEqualTo("image/jpeg");
        // a PNG named .pdf is a PNG, and is named so
        assertThat(of("procuration.pdf", PNG).fileName()).isEqualTo("procuration.png");
        // a program renamed to .pdf, text, an empty file: refused
        assertThat(keyOf(() -> of("procuration.pdf", EXE))).isEqualTo("invalid.document.type");
        assertThat(keyOf(() -> of("procuration.pdf", "%PD".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("invalid.document.type");
        assertThat(keyOf(() -> of("procuration.pdf", new byte[0]))).isEqualTo(InvalidValueException.REQUIRED);
    }

    @Test
    void aProgramIsRefusedAsSoonAsItsFirstBytesAreIn() {
        long[] served = {0};
        InputStream endlessProgram = new InputStream() {
            @Override
            public int read() {
                return served[0] < EXE.length ? EXE[(int) served[0]++] & 0xFF : (int) (served[0]++ & 0x7F);
            }
        };
        assertThat(keyOf(() -> ReceivedDocument.receive("programme.pdf", endlessProgram, MAX_BYTES)))
                .isEqualTo("invalid.document.type");
        assertThat(served[0]).isLessThan(1024 * 1024);
    }

    @Test
    void atMostTenMegabytes() {
        byte[] limit = Arrays.copyOf(PDF, MAX_BYTES);
        assertThat(of("big.pdf", limit).size()).isEqualTo(10 * 1024 * 1024);
        InvalidValueException tooLarge = catchThrowableOfType(InvalidValueException.class,
                () -> of("big.pdf", Arrays.copyOf(PDF, MAX_BYTES + 1)));
        assertThat(tooLarge).isNotNull();
        assertThat(tooLarge.messageKey()).isEqualTo("invalid.document.too-large");
        assertThat(tooLarge.arguments()).containsExactly(10);
    }

    @Test
    void theNameIsAPlainFileNameAndTheHashIsTheContents() {
        assertThat(of("C:\\Users\\x\\Procuration \"Dupont\".PDF", PDF).fileName())
                .isEqualTo("Procuration _Dupont_.pdf");
        assertThat(of("../../etc/passwd", PDF).fileName()).isEqualTo("passwd.pdf");
        assertThat(of(null, PDF).fileName()).isEqualTo("document.pdf");
        assertThat(of("a.pdf", PDF).sha256()).hasSize(64)
                .isEqualTo(of("b.pdf", PDF).sha256())
                .isNotEqualTo(of("a.png", PNG).sha256());
        // hashed while streamed, in pieces: the same as the hash of the whole content
        byte[] large = Arrays.copyOf(PDF, 1_000_000);
        Arrays.fill(large, PDF.length, large.length, (byte) 7);
        assertThat(of("large.pdf", large).sha256()).isEqualTo(sha256Of(large));
    }

    @Test
    void theContentWaitsInATemporaryFileUntilDiscarded() throws IOException {
        ReceivedDocument received = of("procuration.pdf", PDF);
        try (InputStream content = received.open()) {
            assertThat(content.readAllBytes()).isEqualTo(PDF);
        }
        received.discard();
        assertThat(catchThrowableOfType(java.io.UncheckedIOException.class, received::open)).isNotNull();
    }

    static ReceivedDocument of(String fileName, byte[] content) {
        return ReceivedDocument.receive(fileName, new ByteArrayInputStream(content), MAX_BYTES);
    }

    private static String sha256Of(byte[] content) {
        try {
            return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String keyOf(Runnable factory) {
        try {
            factory.run();
        } catch (InvalidValueException e) {
            return e.messageKey();
        }
        throw new AssertionError("the value was accepted, an InvalidValueException was expected");
    }
}
