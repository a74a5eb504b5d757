package ch.guichetai.beneficiary.ui;

import ch.guichetai.document.Documents;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.primitives.InvalidValueException;
import ch.guichetai.ui.ComponentTexts;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The upload of a signed procuration: its value is the received file once the document store
 * accepted its content (PDF, JPEG or PNG by their first bytes, at most the configured size);
 * otherwise the translated reason shows at the field and the value stays as it was. The upload
 * streams into a temporary file as it arrives (ADR 0018); it is only stored with the form.
 */
class ProcurationField extends CustomField<ReceivedDocument> {

    private final Upload upload;
    private final Span status = new Span();
    private ReceivedDocument received;

    ProcurationField(Documents documents) {
        setLabel(getTranslation("beneficiaries.procuration.upload", documents.maxMegabytes()));
        upload = new Upload((UploadHandler) event -> {
            String fileName = event.getFileName();
            try (var input = event.getInputStream()) {
                ReceivedDocument file = documents.receive(fileName, input);
                event.getUI().access(() -> receive(file));
            } catch (InvalidValueException invalid) {
                event.getUI().access(() -> refuse(invalid));
            }
        });
        upload.setI18n(ComponentTexts.upload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(Math.toIntExact(documents.maxBytes()));
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRejectedListener(rejected -> showProblem(getTranslation("invalid.document.too-large-or-type",
                documents.maxMegabytes())));
        status.setId("procuration-status");
        add(upload, status);
    }

    private void receive(ReceivedDocument file) {
        if (received != null && received != file) {
            received.discard();
        }
        received = file;
        setInvalid(false);
        setErrorMessage(null);
        status.setText(getTranslation("beneficiaries.procuration.received", file.fileName()));
        updateValue();
    }

    private void refuse(InvalidValueException invalid) {
        upload.clearFileList();
        showProblem(getTranslation(invalid.messageKey(), invalid.arguments()));
    }

    private void showProblem(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    Upload upload() {
        return upload;
    }

    @Override
    protected ReceivedDocument generateModelValue() {
        return received;
    }

    @Override
    protected void setPresentationValue(ReceivedDocument file) {
        received = file;
        status.setText(file == null ? "" : getTranslation("beneficiaries.procuration.received", file.fileName()));
    }
}
