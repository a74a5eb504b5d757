package ch.guichetai.guichet.ui;

import ch.guichetai.document.StoredDocument;
import ch.guichetai.request.SentRequest;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.icon.VaadinIcon;
import java.util.List;

/**
 * The documents sent with a request, each its name and size, a link to its download
 * ({@link RequestDocumentDownload}). Nothing when none was sent.
 */
class SentDocuments extends Div {

    SentDocuments(SentRequest sent) {
        this(sent.id(), sent.documents());
        setId("request-documents");
    }

    /** The documents of a request's version (ADR 0037). */
    SentDocuments(long requestId, List<StoredDocument> documents) {
        setVisible(!documents.isEmpty());
        UnorderedList list = new UnorderedList();
        for (StoredDocument document : documents) {
            Anchor link = new Anchor(RequestDocumentDownload.path(requestId, document.id()), getTranslation(
                    "form.documents.file", document.fileName(), DocumentsField.kilobytes(document.size())));
            link.setRouterIgnore(true);
            link.getElement().setAttribute("download", true);
            link.setTitle(getTranslation("request.documents.download", document.fileName()));
            link.addComponentAsFirst(VaadinIcon.FILE_O.create());
            list.add(new ListItem(link));
        }
        add(new H2(getTranslation("request.documents.title")), list);
    }
}
