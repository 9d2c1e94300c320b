package io.github.xxgk.internal.grid;

import io.github.xxgk.report.ReportCell;
import io.github.xxgk.report.Format;
import io.github.xxgk.internal.source.model.Row;

import java.util.List;

/**
 * What the grid stage found: the cells it placed, the format their labels show, whether t3 prints
 * （六）其他处理 as three sub-rows, the labels it could not place, and the text around the tables that later
 * stages read (the title lines and the 一、总体情况 narrative).
 */
public record MappedTables(List<ReportCell> cells, Format format, boolean otherSplit, List<String> unmatched,
                           List<Row> titleRows, String narrative) {

    public MappedTables {
        cells = List.copyOf(cells);
        unmatched = List.copyOf(unmatched);
        titleRows = List.copyOf(titleRows);
    }

    /** The text of the rows before the tables, where the title is. */
    public List<String> titleLines() {
        return titleRows.stream().map(Row::text).toList();
    }
}
