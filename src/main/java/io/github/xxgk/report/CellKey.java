package io.github.xxgk.report;

/**
 * One cell of the schema, written {@code t3.granted.total} in findings.
 *
 * @param table the table
 * @param row   the row's key within the table ({@code granted}); the keys of each format: docs/format.md
 * @param col   the column's key ({@code total})
 */
public record CellKey(TableId table, String row, String col) {

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
