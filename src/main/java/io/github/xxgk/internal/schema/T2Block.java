package io.github.xxgk.internal.schema;

import java.util.List;

/** One 第二十条 block of table 二: its heading, its rows, and the value columns every row of it has. */
public record T2Block(String heading, List<RowDef> rows, List<ColumnDef> columns) {

    public T2Block {
        rows = List.copyOf(rows);
        columns = List.copyOf(columns);
    }
}
