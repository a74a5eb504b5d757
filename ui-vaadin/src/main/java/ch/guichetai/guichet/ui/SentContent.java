package ch.guichetai.guichet.ui;

import ch.guichetai.catalogue.AssistiveDeviceCatalog;
import ch.guichetai.document.StoredDocument;
import ch.guichetai.money.Money;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Formats;
import ch.guichetai.primitives.Iban;
import ch.guichetai.request.DraftState;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.RequestBeneficiary;
import ch.guichetai.request.RequestVersion;
import ch.guichetai.request.Requests;
import ch.guichetai.request.SentRequest;
import ch.guichetai.request.ServicePeriod;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.dom.Element;
import java.util.List;
import java.util.Optional;

/**
 * What a request holds, as sent (ADR 0037): the header's values in a list of terms, the form's own
 * fields in its {@link FormBody} put back and made {@link ReadOnly read-only} (every field of every
 * form, with its computed amounts), and the documents. The detail shows the request's current
 * content with it, the office's page each previous version.
 */
class SentContent extends Div {

    private SentContent(long requestId, RequestBeneficiary beneficiary, Iban iban, DecisionNumber decisionNumber,
                        Optional<String> decisionDescription, ServicePeriod period, Money total, FormContent content,
                        Optional<String> remarks, List<StoredDocument> documents, FormBody body, boolean keepIds) {
        addClassName("sent-content");
        Element terms = new Element("dl");
        terms.getClassList().add("sent-terms");
        term(terms, "form.beneficiary", beneficiary.avsNumber()
                .map(avs -> beneficiary.name() + " – " + Formats.avs(avs)).orElse(beneficiary.name()));
        term(terms, "form.iban", iban.formatted());
        term(terms, "form.decision-number", decisionNumber.grouped());
        decisionDescription.ifPresent(description -> term(terms, "form.decision-description", description));
        term(terms, "guichet.detail.period", period.formatted());
        term(terms, "guichet.detail.total", Formats.chf(total));
        term(terms, "form.remarks", remarks.orElse(getTranslation("guichet.detail.none")));
        Section header = new Section(new H2(getTranslation("guichet.detail.content")));
        header.getElement().appendChild(terms);
        header.addClassName("card");

        body.restore(new DraftState(body.draftOf(content)));
        Component fields = body.component();
        ReadOnly.apply(fields, keepIds);
        SentDocuments files = new SentDocuments(requestId, documents);
        if (keepIds) {
            files.setId("request-documents");
        }
        files.addClassName("card");
        add(header, fields, files);
    }

    /** The request as it is now, its fields keeping their ids (one on the page). */
    static SentContent of(SentRequest sent, Requests requests, AssistiveDeviceCatalog devices) {
        return new SentContent(sent.id(), sent.beneficiary(), sent.iban(), sent.decisionNumber(), sent.decisionDescription(),
                sent.servicePeriod(), sent.total(), sent.content(), sent.remarks(), sent.documents(),
                FormBodies.of(sent.form(), requests, devices), true);
    }

    /** A previous version, without ids (several may show on a page). */
    static SentContent of(long requestId, RequestVersion version, Requests requests, AssistiveDeviceCatalog devices) {
        return new SentContent(requestId, version.beneficiary(), version.iban(), version.decisionNumber(),
                version.decisionDescription(), version.servicePeriod(), version.total(), version.content(), version.remarks(),
                version.documents(), FormBodies.of(version.content().form(), requests, devices), false);
    }

    private void term(Element terms, String labelKey, String value) {
        terms.appendChild(new Element("dt").setText(getTranslation(labelKey)), new Element("dd").setText(value));
    }
}
