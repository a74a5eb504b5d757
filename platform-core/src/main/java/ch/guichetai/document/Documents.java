package ch.guichetai.document;

import ch.guichetai.identity.Actor;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Optional;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * The document store: every file a user sends (procurations now, request attachments next), kept
 * in the database with its canton, owner, name, type, size and SHA-256 (ADR 0018). A document is
 * stored in the transaction of the feature it belongs to, so that both are saved or neither; it
 * is read only by its owner or by office staff of its canton, as decided here for the acting user.
 * Content streams in and out, never held whole in the heap by this code.
 */
@Service
@EnableConfigurationProperties(DocumentSettings.class)
public class Documents {

    private final DocumentRows rows;
    private final DocumentSettings settings;

    Documents(DocumentRows rows, DocumentSettings settings) {
        this.rows = rows;
        this.settings = settings;
    }

    /**
     * Checks and keeps a file as it arrives (see {@link ReceivedDocument}), up to the configured size;
     * no transaction, so no database connection waits for a slow upload.
     */
    public ReceivedDocument receive(String fileName, InputStream content) {
        return ReceivedDocument.receive(fileName, content, maxBytes());
    }

    /** The largest file accepted ({@code guichet.documents.max-size}). */
    public long maxBytes() {
        return settings.maxSize().toBytes();
    }

    public int maxMegabytes() {
        return ReceivedDocument.megabytes(maxBytes());
    }

    /** Stores the file for its owner in the caller's transaction: it goes if that transaction rolls back. */
    @Transactional(propagation = Propagation.MANDATORY)
    public StoredDocument store(DocumentOwner owner, ReceivedDocument file) {
        return rows.insert(owner, file);
    }

    /** Deletes the owner's document in the caller's transaction; another owner's is left alone. */
    @Transactional(propagation = Propagation.MANDATORY)
    public void delete(DocumentOwner owner, long id) {
        rows.delete(owner, id);
    }

    /**
     * What is known of the owner's documents among {@code ids} (no content), in the order of the ids,
     * for a feature that lists the documents of something it has already let the actor read; other
     * owners' and cantons' documents are left out.
     */
    @Transactional(readOnly = true)
    public List<StoredDocument> describe(DocumentOwner owner, List<Long> ids) {
        return ids.stream().flatMap(id -> rows.find(id).filter(found -> found.owner().equals(owner)).stream()).toList();
    }

    /**
     * Hands the document and its content to {@code consumer} when the actor may read it: its owner
     * (the owning company's members, the owning individual) or office staff, logged in on the
     * canton of the request; only that canton's documents are found at all. Anything else is
     * answered like a missing id (false), so ids cannot be probed. The content streams from the
     * database within this call.
     */
    @Transactional(readOnly = true)
    public boolean read(Actor actor, long id, ContentConsumer consumer) {
        Optional<StoredDocument> document = rows.find(id).filter(found -> mayRead(actor, found));
        return document.isPresent() && rows.readContent(id, content -> consumer.accept(document.get(), content));
    }

    private static boolean mayRead(Actor actor, StoredDocument document) {
        if (actor.isOfficeStaff()) {
            return true;
        }
        if (!actor.actsInCurrentCanton()) {
            return false;
        }
        return switch (document.owner()) {
            case DocumentOwner.OfCompany company -> actor.companyId().equals(Optional.of(company.id()));
            case DocumentOwner.OfAccount account -> actor.accountId().equals(Optional.of(account.id()));
        };
    }

    // --- issue 12: backoffice ---

    /**
     * What is known of a document (no content) when the actor may read it, as {@link #read} decides;
     * empty otherwise, like a missing id.
     */
    @Transactional(readOnly = true)
    public Optional<StoredDocument> describe(Actor actor, long id) {
        return rows.find(id).filter(found -> mayRead(actor, found));
    }

    /** Receives a document's content while it is read from the database. */
    @FunctionalInterface
    public interface ContentConsumer {
        void accept(StoredDocument document, InputStream content) throws IOException;
    }
}
