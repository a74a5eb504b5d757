package ch.guichetai.office.ui;

import ch.guichetai.beneficiary.Beneficiaries;
import ch.guichetai.beneficiary.BeneficiaryForm;
import ch.guichetai.identity.Actor;
import ch.guichetai.primitives.DecisionNumber;
import ch.guichetai.primitives.Iban;
import ch.guichetai.request.FormContent;
import ch.guichetai.request.NewRequest;
import ch.guichetai.request.RequestHeader;
import ch.guichetai.testdata.TestBankAccounts;
import ch.guichetai.testdata.TestBeneficiaries;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

/** The requests the office's tests decide on: Geneva's, paid to the test IBAN, with an invoice "facture.pdf". */
final class OfficeTestRequests {

    private OfficeTestRequests() {
    }

    /** Pierre Dupont (AVS of person 1), a beneficiary of the member's company, with a signed procuration "procuration.pdf". */
    static long pierreDupontWithProcuration(Beneficiaries beneficiaries, Actor member) {
        BeneficiaryForm form = TestBeneficiaries.form("Dupont", "Pierre", 1);
        form.setProcuration(TestBeneficiaries.procuration("procuration.pdf", TestBeneficiaries.PDF));
        return beneficiaries.create(member, form).id();
    }

    /** For the beneficiary (empty: the person who sends it), with these remarks (or none). */
    static NewRequest request(Optional<Long> beneficiary, FormContent content, String remarks) {
        RequestHeader header = new RequestHeader(beneficiary, Iban.of(TestBankAccounts.IBAN),
                DecisionNumber.of("325 2025 1000896"), null, false, remarks);
        return new NewRequest(UUID.randomUUID(), header, content,
                List.of(TestBeneficiaries.procuration("facture.pdf", TestBeneficiaries.PDF)));
    }
}
