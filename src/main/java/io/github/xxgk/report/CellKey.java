package io.github.xxgk.report;

import java.util.Objects;

/**
 * One cell of the schema, written {@code t3.granted.total} in findings.
 *
 * @param table the table
 * @param row   the row's key within the table ({@code granted}); the keys of each format: docs/format.md
 * @param col   the column's key ({@code total})
 */
public record CellKey(TableId table, String row, String col) {
    // equals and hashCode written out as the record would make them (same fields, same 31-based hash): the
    // generated ones link through method handles, a cost a one-file run pays at the first call and, with only the
    // C1 compiler (bin/xxgk), at every call; this record is compared or hashed thousands of times a report.

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof CellKey k && table == k.table && Objects.equals(row, k.row)
                && Objects.equals(col, k.col);
    }

    @Override
    public int hashCode() {
        return (Objects.hashCode(table) * 31 + Objects.hashCode(row)) * 31 + Objects.hashCode(col);
    }


    @Override
    public String toString() {
        return table.code() + "." + row + "." + col;
    }

    /** The key that {@link #toString()} wrote ({@code t3.granted.total}). */
    public static CellKey parse(String text) {
        String[] parts = text.split("\\.", 3);
        if (parts.length != 3) {
            throw new IllegalArgumentException("not a cell key: " + text);
        }
        return new CellKey(TableId.ofCode(parts[0]), parts[1], parts[2]);
    }
}
