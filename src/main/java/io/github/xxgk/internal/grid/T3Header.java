package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Where table 3's header row puts each of its seven columns, as read from the header cells seen so far
 * ({@link ValueColumns#NONE} for a column not seen): the values of a data row are taken from under them.
 */
final class T3Header {

    private final int[] pos = new int[Schema.T3_COLUMNS.size()];
    /** The column was found by an alias or a cut label, which a later exact label may replace. */
    private final boolean[] loose = new boolean[Schema.T3_COLUMNS.size()];
    /** Header labels that named no column (a column's label misread, a note, a group heading's fragment). */
    private final List<LabelCore> unread = new ArrayList<>();
    /** A data row was placed: the header is complete, and later value-less rows are the table's label rows. */
    private boolean closed;

    /** Where a column placed by the rest of the header is said. */
    private final List<String> warnings;

    T3Header(List<String> warnings) {
        this.warnings = warnings;
        Arrays.fill(pos, ValueColumns.NONE);
    }

    /**
     * The header position of each column, in {@link Schema#T3_COLUMNS} order, with a column whose label was
     * misread placed where the rest of the header pins it ({@link DamagedColumnLabel}). Called for a data row:
     * the header is read by then.
     */
    int[] positions() {
        int[] fitted = DamagedColumnLabel.pin(pos, unread);
        if (!closed) {
            for (int k = 0; k < pos.length; k++) {
                if (fitted[k] != pos[k]) {
                    int at = fitted[k];
                    String printed = unread.stream().filter(l -> l.index() == at).findFirst().map(l -> l.cell().text().strip()).orElse("");
                    warnings.add("t3 header '" + printed + "' taken for " + Schema.T3_COLUMNS.get(k).label()
                            + ": the one column the rest of the header lacks, where it stands");
                }
            }
        }
        closed = true;
        return fitted;
    }

    /** Takes the columns a row without values names as their header cells; a later exact label wins. */
    void read(Row row) {
        for (LabelCore label : LabelCore.of(row)) {
            String core = label.core();
            boolean named = false;
            for (int k = 0; k < Schema.T3_COLUMNS.size(); k++) {
                ColumnDef col = Schema.T3_COLUMNS.get(k);
                boolean exact = col.label().equals(core);
                boolean match = exact || col.aliases().contains(core)
                        || (core.length() >= 2 && col.label().length() > 2 && col.label().startsWith(core));
                named |= match;
                // a later exact label wins over an alias (其他组织 can be the tail of a cut 法人或其他组织)
                if (match && (pos[k] == ValueColumns.NONE || (exact && loose[k]))) {
                    pos[k] = label.index();
                    loose[k] = !exact;
                    break;
                }
            }
            if (!named && !closed && !Schema.T3_COLUMN_GROUPS.contains(core)) {
                unread.add(label);
            }
        }
    }
}
