package ch.guichetai.request;

/**
 * The five sections of form 300.001, "Facture pour appareillage auditif", in the form's order,
 * each with the prefix of its field keys ({@code fitting.from}, {@code batteries.amount}).
 */
public enum HearingBenefit {
    /** "Appareillage auditif": the devices and their fitting. */
    FITTING("fitting"),
    /** "Réparations". */
    REPAIRS("repairs"),
    /** "Batteries par an". */
    BATTERIES("batteries"),
    /** "Prestation pour les appareils auditifs fixés par ancrage osseux ou implants d'oreille moyenne". */
    IMPLANTS("implants"),
    /** "Cas de rigueur". */
    HARDSHIP("hardship");

    private final String key;

    HearingBenefit(String key) {
        this.key = key;
    }

    public String key() {
        return key;
    }

    /** The key of a field of this section: {@code fitting.amount}. */
    public String field(String field) {
        return key + "." + field;
    }
}
