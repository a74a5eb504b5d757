package ch.guichetai.canton;

import java.util.Objects;

/** The From of every e-mail a canton's users receive. */
public record MailSender(String address, LocalizedText name) {

    public MailSender {
        Objects.requireNonNull(name, "name");
        checkAddress(address);
    }

    static String checkAddress(String address) {
        if (address == null || !address.matches("[^@\\s]+@[^@\\s]+\\.[a-z]{2,}")) {
            throw new IllegalArgumentException("not an e-mail address: '" + address + "'");
        }
        return address;
    }
}
