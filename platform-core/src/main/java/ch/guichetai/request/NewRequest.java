package ch.guichetai.request;

import ch.guichetai.document.ReceivedDocument;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * A request as the form sends it.
 *
 * @param submissionKey created when the form page opens: sending twice with it (a double click, a
 *                      retry, a second tab) gives one request
 * @param documents     the attached files, already checked by content (at most {@link #MAX_DOCUMENTS})
 */
public record NewRequest(UUID submissionKey, RequestHeader header, FormContent content, List<ReceivedDocument> documents) {

    /** Field key of the attached files. */
    public static final String DOCUMENTS = "documents";
    public static final int MAX_DOCUMENTS = 20;

    public NewRequest {
        Objects.requireNonNull(submissionKey, "submissionKey");
        Objects.requireNonNull(header, "header");
        Objects.requireNonNull(content, "content");
        documents = documents == null ? List.of() : List.copyOf(documents);
    }
}
