package ch.guichetai.guichet.ui;

import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.primitives.Formats;
import ch.guichetai.request.RequestVersion;
import ch.guichetai.request.Requests;
import com.vaadin.flow.component.details.Details;
import org.springframework.modulith.NamedInterface;

/**
 * A version of a request that a correction replaced (ADR 0037), read-only and folded: "Version 1
 * envoyée le 01.12.2026 10:00, remplacée le 03.12.2026 09:15" opens on what it held (header,
 * form's fields, total, documents with their download links). For the office's request page:
 * {@code Requests.previousVersions(actor, id).forEach(version -> add(new PreviousVersion(id, version, requests, devices)))}.
 * The one type of the Guichet's pages that another module (office) may use: it shows a version with
 * the Guichet's own read-only form bodies, which stay internal.
 */
@NamedInterface("previous-version")
public class PreviousVersion extends Details {

    public PreviousVersion(long requestId, RequestVersion version, Requests requests, AssistiveDeviceCatalog devices) {
        setSummaryText(getTranslation("guichet.version.title", version.number(), Formats.dateTime(version.sentAt()),
                Formats.dateTime(version.replacedAt())));
        addClassName("previous-version");
        add(SentContent.of(requestId, version, requests, devices));
    }
}
