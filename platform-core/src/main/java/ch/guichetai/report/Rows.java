package ch.guichetai.report;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import net.sf.jasperreports.engine.JRDataSource;
import net.sf.jasperreports.engine.data.JRMapCollectionDataSource;

/**
 * Rows of named values for the templates' tables: a label/value list ({@link #labelled}) or rows
 * with the fields a template declares. Every value is text already formatted in Java.
 */
final class Rows {

    private final List<Map<String, ?>> rows = new ArrayList<>();

    /** A row of the two-column lists (fields {@code label} and {@code value}). */
    Rows labelled(String label, String value) {
        return add(Map.of("label", label, "value", value));
    }

    /** A row with a value for each field the template declares. */
    Rows add(Map<String, String> fields) {
        rows.add(fields);
        return this;
    }

    boolean isEmpty() {
        return rows.isEmpty();
    }

    JRDataSource dataSource() {
        return new JRMapCollectionDataSource(rows);
    }
}
