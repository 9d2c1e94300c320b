package io.github.xxgk.schema;

/** One cell of the schema, written {@code t3.granted.total} in findings. */
public record CellKey(TableId table, String row, String col) {

    @Override
    public String toString() {
        return table.code() + "." + row + "." + col;
    }
}
