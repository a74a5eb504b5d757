package ch.guichetai.primitives;

import static ch.guichetai.primitives.InvalidValues.keyOf;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import org.junit.jupiter.api.Test;

class DocumentFileTest {

    static final byte[] PDF = "%PDF-1.7\n1 0 obj\n<<>>\nendobj\n%%EOF\n".getBytes(StandardCharsets.ISO_8859_1);
    static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13};
    static final byte[] JPEG = {(byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F'};
    static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    @Test
    void theTypeIsReadFromTheContentNotFromTheName() {
        assertThat(DocumentFile.of("procuration.pdf", PDF).type()).isEqualTo(DocumentFile.Type.PDF);
        assertThat(DocumentFile.of("scan.png", PNG).type()).isEqualTo(DocumentFile.Type.PNG);
        assertThat(DocumentFile.of("photo.jpeg", JPEG).type().mediaType()).isEqualTo("image/jpeg");
        // a PNG named .pdf is a PNG, and is named so
        assertThat(DocumentFile.of("procuration.pdf", PNG).fileName()).isEqualTo("procuration.png");
        // a program renamed to .pdf, text, an empty file: refused
        assertThat(keyOf(() -> DocumentFile.of("procuration.pdf", EXE))).isEqualTo("invalid.document.type");
        assertThat(keyOf(() -> DocumentFile.of("procuration.pdf", "%PD".getBytes(StandardCharsets.US_ASCII))))
                .isEqualTo("invalid.document.type");
        assertThat(keyOf(() -> DocumentFile.of("procuration.pdf", new byte[0]))).isEqualTo(InvalidValueException.REQUIRED);
    }

    @Test
    void atMostTenMegabytes() {
        byte[] limit = Arrays.copyOf(PDF, DocumentFile.MAX_BYTES);
        assertThat(DocumentFile.of("big.pdf", limit).size()).isEqualTo(10 * 1024 * 1024);
        InvalidValueException tooLarge = null;
        try {
            DocumentFile.of("big.pdf", Arrays.copyOf(PDF, DocumentFile.MAX_BYTES + 1));
        } catch (InvalidValueException e) {
            tooLarge = e;
        }
        assertThat(tooLarge).isNotNull();
        assertThat(tooLarge.messageKey()).isEqualTo("invalid.document.too-large");
        assertThat(tooLarge.arguments()).containsExactly(10);
    }

    @Test
    void theNameIsAPlainFileNameAndTheHashIsTheContents() {
        assertThat(DocumentFile.of("C:\\Users\\x\\Procuration \"Dupont\".PDF", PDF).fileName())
                .isEqualTo("Procuration _Dupont_.pdf");
        assertThat(DocumentFile.of("../../etc/passwd", PDF).fileName()).isEqualTo("passwd.pdf");
        assertThat(DocumentFile.of(null, PDF).fileName()).isEqualTo("document.pdf");
        assertThat(DocumentFile.of("a.pdf", PDF).sha256()).hasSize(64)
                .isEqualTo(DocumentFile.of("b.pdf", PDF).sha256())
                .isNotEqualTo(DocumentFile.of("a.png", PNG).sha256());
    }
}
