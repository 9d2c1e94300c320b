package io.github.xxgk.internal.detect;

import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Table 三 recognised by its header as a whole: the labels only its header prints (the applicant columns
 * 自然人, 商业企业 … and their group headings 申请人情况, 法人或其他组织), read over the header's rows together. A
 * scan at low resolution loses or changes a glyph here and there (自然人 read as 然人, 数量 as 数最, 勾稽 as 勾移),
 * so no single phrase may decide that the table begins; several of its own labels printed exactly do, whichever
 * of them survived.
 */
public final class T3HeaderWords {

    /** The labels of table 三's header that no other table and no row of table 三 prints. */
    static final Set<String> OWN = own();

    /** Distinct own labels, printed exactly, that make a run of header rows table 三's header. */
    private static final int ENOUGH = 3;

    /** How many value-less rows a header spans at most (the note row, the groups, the columns, a wrapped line). */
    private static final int MAX_HEADER_ROWS = 4;

    private T3HeaderWords() {
    }

    private static Set<String> own() {
        Set<String> words = new LinkedHashSet<>(Schema.T3_COLUMN_GROUPS);
        for (ColumnDef c : Schema.T3_COLUMNS) {
            words.add(c.label());
            words.addAll(c.aliases());
        }
        Set<String> elsewhere = new HashSet<>();
        List<ColumnDef> otherColumns = new ArrayList<>(Schema.T2_COLUMNS_2021);
        otherColumns.addAll(Schema.T2_COLUMNS_2019);
        otherColumns.addAll(Schema.T4_COLUMNS);
        for (ColumnDef c : otherColumns) {
            elsewhere.add(c.label());
            elsewhere.addAll(c.aliases());
        }
        List<RowDef> rows = new ArrayList<>(Schema.T3_ALL_ROWS);
        rows.addAll(Schema.T3_BLOCKS);
        rows.addAll(Schema.T2_ROWS);
        for (RowDef r : rows) {
            elsewhere.add(r.label());
            elsewhere.addAll(r.aliases());
        }
        words.removeAll(elsewhere);
        return Set.copyOf(words);
    }

    /** Of those, how many must be printed exactly; the rest may be OCR readings one glyph off. */
    private static final int ENOUGH_EXACT = 2;

    /**
     * Whether table 三's header starts at row {@code i}: a table row without values that prints one of the
     * header's own labels, and with the value-less table rows after it, enough distinct ones. An OCR reading one
     * glyph off exactly one own label (社会公认组织 for 社会公益组织 at 70 dpi) counts for it, as long as two are
     * printed exactly.
     */
    public static boolean startsAt(List<Row> rows, int i) {
        Set<String> exact = new HashSet<>();
        Set<String> all = new HashSet<>();
        for (int j = i; j < rows.size() && j < i + MAX_HEADER_ROWS; j++) {
            Row row = rows.get(j);
            if (!row.tableRow() || RowKinds.valueCount(row) > 0) {
                break;
            }
            int before = all.size();
            ownWords(row, exact, all);
            if (j == i && all.size() == before) {
                return false;
            }
        }
        return exact.size() >= ENOUGH_EXACT && all.size() >= ENOUGH;
    }

    private static void ownWords(Row row, Set<String> exact, Set<String> all) {
        for (Cell c : row.cells()) {
            if (!RowKinds.isLabel(c)) {
                continue;
            }
            String core = LabelNormalizer.label(c.text()).core();
            if (OWN.contains(core)) {
                exact.add(core);
                all.add(core);
            } else if (c.ocr() != null) {
                String near = oneGlyphOff(core);
                if (near != null) {
                    all.add(near);
                }
            }
        }
    }

    /** The only own label the reading misses by one glyph (lost, added or read as another), or null. */
    static String oneGlyphOff(String core) {
        String found = null;
        for (String w : OWN) {
            if (LabelNormalizer.oneGlyphOff(core, w)) {
                if (found != null) {
                    return null;
                }
                found = w;
            }
        }
        return found;
    }
}
