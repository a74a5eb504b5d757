package ch.guichetai.beneficiary;

/** Orders of the grid; each one is served by an index of the table. */
public enum BeneficiarySort {
    /** Last name, first name: the index on names gives the rows in this order. */
    NAME("b.lastName, b.firstName, b.id"),
    /** AVS number: the index on AVS numbers gives the rows in this order. */
    AVS_NUMBER("b.avsDigits, b.id");

    final String orderBy;

    BeneficiarySort(String orderBy) {
        this.orderBy = orderBy;
    }
}
