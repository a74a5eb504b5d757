package ch.guichetai.ui;

import java.util.List;

/** The countries a person's or company's address may be in, on every form. */
public final class Countries {

    public static final List<String> ALL = List.of("CH", "LI", "FR", "DE", "IT", "AT");

    private Countries() {
    }
}
