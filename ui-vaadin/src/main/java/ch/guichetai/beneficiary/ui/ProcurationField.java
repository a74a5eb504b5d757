package ch.guichetai.beneficiary.ui;

import ch.guichetai.primitives.DocumentFile;
import ch.guichetai.primitives.InvalidValueException;
import ch.guichetai.ui.ComponentTexts;
import com.vaadin.flow.component.customfield.CustomField;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * The upload of a signed procuration: its value is the received file once {@link DocumentFile}
 * accepted its content (PDF, JPEG or PNG by their first bytes, at most 10 MB); otherwise the
 * translated reason shows at the field and the value stays as it was. The file is only saved with
 * the form. At most {@link DocumentFile#MAX_BYTES} + 1 bytes are read, whatever the browser sends.
 */
class ProcurationField extends CustomField<DocumentFile> {

    private final Upload upload;
    private final Span status = new Span();
    private DocumentFile received;

    ProcurationField() {
        setLabel(getTranslation("beneficiaries.procuration.upload", DocumentFile.MAX_MEGABYTES));
        upload = new Upload((UploadHandler) event -> {
            String fileName = event.getFileName();
            byte[] content;
            try (var input = event.getInputStream()) {
                content = input.readNBytes(DocumentFile.MAX_BYTES + 1);
            }
            event.getUI().access(() -> receive(fileName, content));
        });
        upload.setI18n(ComponentTexts.upload());
        upload.setMaxFiles(1);
        upload.setMaxFileSize(DocumentFile.MAX_BYTES);
        upload.setAcceptedFileTypes("application/pdf", "image/jpeg", "image/png", ".pdf", ".jpg", ".jpeg", ".png");
        upload.addFileRejectedListener(rejected -> showProblem(getTranslation("invalid.document.too-large-or-type",
                DocumentFile.MAX_MEGABYTES)));
        status.setId("procuration-status");
        add(upload, status);
    }

    private void receive(String fileName, byte[] content) {
        try {
            received = DocumentFile.of(fileName, content);
            setInvalid(false);
            setErrorMessage(null);
            status.setText(getTranslation("beneficiaries.procuration.received", received.fileName()));
            updateValue();
        } catch (InvalidValueException invalid) {
            upload.clearFileList();
            showProblem(getTranslation(invalid.messageKey(), invalid.arguments()));
        }
    }

    private void showProblem(String message) {
        setErrorMessage(message);
        setInvalid(true);
    }

    Upload upload() {
        return upload;
    }

    @Override
    protected DocumentFile generateModelValue() {
        return received;
    }

    @Override
    protected void setPresentationValue(DocumentFile file) {
        received = file;
        status.setText(file == null ? "" : getTranslation("beneficiaries.procuration.received", file.fileName()));
    }
}
