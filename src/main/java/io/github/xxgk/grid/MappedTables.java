package io.github.xxgk.grid;

import io.github.xxgk.ReportCell;
import io.github.xxgk.schema.Format;

import java.util.List;

/**
 * What the grid stage found: the cells it placed, the format their labels show, whether t3 prints
 * （六）其他处理 as three sub-rows, the labels it could not place, and the text around the tables that later
 * stages read (the title lines and the 一、总体情况 narrative).
 */
public record MappedTables(List<ReportCell> cells, Format format, boolean otherSplit, List<String> unmatched,
                           List<String> titleLines, String narrative) {

    public MappedTables {
        cells = List.copyOf(cells);
        unmatched = List.copyOf(unmatched);
        titleLines = List.copyOf(titleLines);
    }
}
