package ch.guichetai.request;

/** "Lieu" of an entry of form 318.632.2: where the minor spent the nights. */
public enum CarePlace {
    /** "Domicile": the nights the allowance and the supplement are paid for. */
    DOMICILE,
    /** "Hôpital": a stay the hospital's attestation proves. */
    HOSPITAL,
    /** "Home": a stay in a residential home, proven by the home's attestation. */
    CARE_HOME;

    /** Whether a stay here needs its attestation among the request's documents. */
    public boolean needsAttestation() {
        return this != DOMICILE;
    }
}
