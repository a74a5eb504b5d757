package ch.guichetai.testdata;

import ch.guichetai.account.Account;
import ch.guichetai.beneficiary.BeneficiaryForm;
import ch.guichetai.document.ReceivedDocument;
import ch.guichetai.primitives.AvsNumber;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;

/** Valid beneficiary forms for tests, and files to attach as their procuration. */
public final class TestBeneficiaries {

    /** The smallest file that the content check takes for a PDF. */
    public static final byte[] PDF = "%PDF-1.7\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
    /** A Windows program's first bytes: refused whatever its name. */
    public static final byte[] EXE = {'M', 'Z', (byte) 0x90, 0, 3, 0, 0, 0, 4, 0};

    private TestBeneficiaries() {
    }

    /** A file as the procuration field receives it, checked against today's limit of 10 MB. */
    public static ReceivedDocument procuration(String fileName, byte[] content) {
        return ReceivedDocument.receive(fileName, new ByteArrayInputStream(content), 10 * 1024 * 1024);
    }

    /** Mr first last, born 17 May 1980, in Geneva, with the AVS number of {@code person} ({@link #avs}). */
    public static BeneficiaryForm form(String lastName, String firstName, int person) {
        BeneficiaryForm form = new BeneficiaryForm();
        form.setTitle(Account.Title.MR);
        form.setLastName(lastName);
        form.setFirstName(firstName);
        form.setBirthDate(LocalDate.of(1980, 5, 17));
        form.setAvsNumber(avs(person));
        form.setStreet("Chemin des Lilas 12");
        form.setPostalCode("1200");
        form.setLocality("Genève");
        return form;
    }

    /** A valid AVS number for each person number: 756, nine digits, the EAN-13 check digit; printed with dots. */
    public static String avs(long person) {
        String twelve = "756" + String.format("%09d", person);
        int sum = 0;
        for (int i = 0; i < 12; i++) {
            sum += (twelve.charAt(i) - '0') * (i % 2 == 0 ? 1 : 3);
        }
        return AvsNumber.of(twelve + (10 - sum % 10) % 10).formatted();
    }
}
