package ch.guichetai.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.unit.DataSize;

/** {@code guichet.documents.*} (default in platform-core.yml): the largest file accepted. */
@ConfigurationProperties("guichet.documents")
record DocumentSettings(DataSize maxSize) {

    DocumentSettings {
        if (maxSize == null || maxSize.toMegabytes() < 1) {
            throw new IllegalArgumentException("guichet.documents.max-size must be at least 1MB, not " + maxSize);
        }
    }
}
