package ch.guichetai.guichet.ui;

import ch.guichetai.document.Documents;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.primitives.InvalidValueException;
import ch.guichetai.request.NewRequest;
import ch.guichetai.ui.ComponentTexts;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;
import java.util.ArrayList;
import java.util.List;

/**
 * "Documents" of a request: several files, each checked by the document store as it arrives
 * (PDF, JPEG or PNG by content, at most the configured size) and listed with "Retirer". A refused
 * file gets its reason at the field; the files already received and the rest of the form stay.
 * The files wait in temporary files until the request is sent with them (ADR 0018).
 */
class DocumentsField extends CustomField<List<ReceivedDocument>> {

    private final List<ReceivedDocument> received = new ArrayList<>();
    private final UnorderedList list = new UnorderedList();
    private final Div content = new Div();
    private final Upload upload;

    DocumentsField(Documents documents, String textKey) {
        setLabel(getTranslation("form.documents"));
        setId("documents");
        Paragraph text = new Paragraph(getTranslation(textKey));
        text.addClassName("documents-text");
        upload = new Upload((UploadHandler) event -> {
            try (var input = event.getInputStream()) {
                ReceivedDocument file = documents.receive(event.getFileName(), input);
                event.getUI().access(() -> add(file));
            } catch (InvalidValueException invalid) {
                event.getUI().access(() -> refuse(getTranslation(invalid.messageKey(), invalid.arguments())));
            }
        });
        upload.setI18n(ComponentTexts.upload());
        upload.addClassName("documents-upload"); // its own file list is hidden: the list below is what will be sent
        upload.setMaxFileSize(Math.toIntExact(documents.maxBytes()));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRejectedListener(rejected -> refuse(getTranslation("invalid.document.too-large-or-type",
                documents.maxMegabytes())));
        list.setId("documents-list");
        list.addClassName("documents-list");
        content.add(text, upload, list);
        add(content);
    }

    /** A text of the form's body shown under the form's own text (ADR 0030). */
    void addDetail(Component detail) {
        content.addComponentAtIndex(1, detail);
    }

    private void add(ReceivedDocument file) {
        if (received.size() >= NewRequest.MAX_DOCUMENTS) {
            file.discard();
            refuse(getTranslation("invalid.request.too-many-documents", NewRequest.MAX_DOCUMENTS));
            return;
        }
        received.add(file);
        setInvalid(false);
        setErrorMessage(null);
        showList();
        updateValue();
    }

    private void refuse(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    private void showList() {
        list.removeAll();
        for (ReceivedDocument file : received) {
            Button remove = new Button(getTranslation("form.documents.remove"), click -> {
                received.remove(file);
                file.discard();
                showList();
                updateValue();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel(getTranslation("form.documents.remove.named", file.fileName()));
            Span name = new Span(getTranslation("form.documents.file", file.fileName(), kilobytes(file.size())));
            list.add(new ListItem(name, remove));
        }
    }

    static long kilobytes(long bytes) {
        return Math.max(1, (bytes + 1023) / 1024);
    }

    Upload upload() {
        return upload;
    }

    @Override
    protected List<ReceivedDocument> generateModelValue() {
        return List.copyOf(received);
    }

    @Override
    protected void setPresentationValue(List<ReceivedDocument> files) {
        received.clear();
        received.addAll(files == null ? List.of() : files);
        showList();
    }
}
