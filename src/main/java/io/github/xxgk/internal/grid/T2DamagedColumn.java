package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.schema.T2Block;
import io.github.xxgk.report.Format;

import java.util.ArrayList;
import java.util.List;

/**
 * A column of a t2 block whose header label OCR misread past matching (本华新制作数圾 for 本年新制作数量, 于一年项目数其
 * for 上一年项目数量 in a scan at 80 dpi), placed by the rest of the header. The header's other labels name columns
 * of a 第二十条 block; every block (of either format) that has those columns and as many columns as the header
 * has labels must lack the same one column, at the same place in its order; the misread label must stand in that
 * place, between the columns that flank it; and of all t2 column labels it must be most like that column's, and
 * no other as much. Else nothing is placed, and the row's values are read under the columns that were named.
 */
final class T2DamagedColumn {

    /** Least likeness (shared glyphs in order, over the label's length) a misread label keeps of its column's. */
    private static final double MIN_SIMILARITY = 0.5;

    private T2DamagedColumn() {
    }

    /**
     * The column the misread label at {@code index} stands for, or null when the header does not pin one.
     *
     * @param named     the columns the header's other labels name, left to right
     * @param positions their positions in the header row
     */
    static ColumnDef pin(List<ColumnDef> named, int[] positions, int index, String core) {
        ColumnDef missing = null;
        for (Format f : List.of(Format.F2021, Format.F2019)) {
            for (T2Block b : Schema.t2(f)) {
                List<ColumnDef> cols = b.columns();
                if (cols.size() != named.size() + 1 || !cols.containsAll(named)) {
                    continue;
                }
                ColumnDef lacks = cols.stream().filter(c -> !named.contains(c)).findFirst().orElseThrow();
                if (!inOrder(cols, named, positions, lacks, index) || (missing != null && !missing.equals(lacks))) {
                    return null;
                }
                missing = lacks;
            }
        }
        return missing != null && mostLike(core, missing) ? missing : null;
    }

    /** The named columns stand in the block's order, and the misread label where the missing one belongs. */
    private static boolean inOrder(List<ColumnDef> cols, List<ColumnDef> named, int[] positions, ColumnDef lacks, int index) {
        List<Integer> at = new ArrayList<>();
        for (ColumnDef c : cols) {
            at.add(c.equals(lacks) ? index : positions[named.indexOf(c)]);
        }
        for (int i = 1; i < at.size(); i++) {
            if (at.get(i) <= at.get(i - 1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean mostLike(String core, ColumnDef col) {
        double own = like(core, col);
        if (own < MIN_SIMILARITY) {
            return false;
        }
        List<ColumnDef> all = new ArrayList<>(Schema.T2_COLUMNS_2021);
        all.addAll(Schema.T2_COLUMNS_2019);
        for (ColumnDef c : all) {
            if (!c.equals(col) && !c.label().equals(col.label()) && like(core, c) >= own) {
                return false;
            }
        }
        return true;
    }

    private static double like(String core, ColumnDef c) {
        double s = LabelNormalizer.similarity(core, c.label());
        for (String a : c.aliases()) {
            s = Math.max(s, LabelNormalizer.similarity(core, a));
        }
        return s;
    }
}
