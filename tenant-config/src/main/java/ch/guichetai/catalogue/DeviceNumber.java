package ch.guichetai.catalogue;

import java.util.Objects;

/** The number of an item in the annex, chapter.item as the annex writes it ("5.01", "13.05"). */
public record DeviceNumber(String value) implements Comparable<DeviceNumber> {

    public DeviceNumber {
        Objects.requireNonNull(value, "number");
        if (!value.matches("[1-9][0-9]?\\.[0-9]{2}")) {
            throw new IllegalArgumentException("'" + value + "' is not an item number like 5.01 (chapter.item, in quotes)");
        }
    }

    /** The chapter of the annex, 13 for "13.05". */
    public int chapter() {
        return Integer.parseInt(value.substring(0, value.indexOf('.')));
    }

    private int item() {
        return Integer.parseInt(value.substring(value.indexOf('.') + 1));
    }

    @Override
    public int compareTo(DeviceNumber other) {
        int byChapter = Integer.compare(chapter(), other.chapter());
        return byChapter != 0 ? byChapter : Integer.compare(item(), other.item());
    }

    @Override
    public String toString() {
        return value;
    }
}
