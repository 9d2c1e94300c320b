package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.report.Format;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.schema.T2Block;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Which columns of the t2 header in force a row's values are read under. Each 第二十条 block prints its own
 * heading and header; where both were lost or garbled (笫二十朵笫（五)顼 over 信息内窖 本年处埋夬定敉量), the
 * header in force is still the block before's, and its columns are not the row's: 行政许可 2293 under
 * 本年制发件数 would land in a cell the row does not have. The print then does not decide which columns the
 * row's values stand in, so the row is placed in none (COMPLETE names its cells). A header column that is not
 * the row's own but stands over no value of it (本年处理决定数量 over a fee row printing only its two columns)
 * is skipped.
 *
 * @param columns   the header columns the row is read under
 * @param positions their cell positions in the row
 */
record T2HeaderFit(List<ColumnDef> columns, int[] positions) {

    /**
     * The header columns the row is read under, or null when the header is not its block's: a value stands
     * under a column its block (in either format) does not have, or none of the header's columns is its block's.
     */
    static T2HeaderFit of(RowDef row, List<ColumnDef> header, int[] positions, Row printed, int lastLabel) {
        Set<String> own = ownColumns(row);
        if (header.stream().allMatch(c -> own.contains(c.key()))) {
            return new T2HeaderFit(header, positions);
        }
        if (positions == null || positions.length != header.size()) {
            return null;
        }
        int[] at = ValueColumns.locate(printed, lastLabel, positions, header.size());
        List<ColumnDef> kept = new ArrayList<>();
        List<Integer> keptAt = new ArrayList<>();
        for (int i = 0; i < header.size(); i++) {
            boolean value = at[i] != ValueColumns.NONE && !printed.cells().get(at[i]).isBlank();
            if (own.contains(header.get(i).key())) {
                kept.add(header.get(i));
                keptAt.add(positions[i]);
            } else if (value) {
                return null;
            }
        }
        return kept.isEmpty() ? null : new T2HeaderFit(kept, keptAt.stream().mapToInt(Integer::intValue).toArray());
    }

    /** The keys of the columns of the row's block, in either format. */
    private static Set<String> ownColumns(RowDef row) {
        Set<String> out = new HashSet<>();
        for (Format f : List.of(Format.F2021, Format.F2019)) {
            for (T2Block b : Schema.t2(f)) {
                if (b.rows().stream().anyMatch(r -> r.key().equals(row.key()))) {
                    b.columns().forEach(c -> out.add(c.key()));
                }
            }
        }
        return out;
    }
}
