package ch.guichetai.document;

import java.time.Instant;

/** What is known of a stored document besides its content. */
public record StoredDocument(long id, DocumentOwner owner, String fileName, DocumentType type, long size,
                             String sha256, Instant createdAt) implements DocumentFile {
}
