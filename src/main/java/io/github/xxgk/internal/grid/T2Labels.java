package io.github.xxgk.internal.grid;

import io.github.xxgk.internal.detect.RowKinds;
import io.github.xxgk.internal.normalize.LabelNormalizer;
import io.github.xxgk.internal.schema.ColumnDef;
import io.github.xxgk.internal.schema.RowDef;
import io.github.xxgk.internal.schema.Schema;
import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.internal.source.model.Row;

import java.util.ArrayList;
import java.util.List;

/**
 * Table 2's labels: which of its rows a row's label names, which of its columns a header cell names (of either
 * format), and its header rows, which a page break or a wrapped label can cut in two.
 */
final class T2Labels {

    private T2Labels() {
    }

    /** A row with a blank 信息内容 cell below a header row of as many cells: the lower part of that header. */
    static boolean continuesHeader(Row header, Row row) {
        List<Cell> a = header.cells();
        List<Cell> b = row.cells();
        if (a.size() != b.size() || b.isEmpty() || !b.get(0).isBlank()) {
            return false;
        }
        if (!LabelNormalizer.label(RowKinds.firstText(header)).core().equals("信息内容")) {
            return false;
        }
        for (int i = 1; i < b.size(); i++) {
            // every text below sits under a header text (or under a cell spanning from one)
            if (!b.get(i).isBlank() && a.get(i).isBlank() && !a.get(i).continuation()) {
                return false;
            }
        }
        return true;
    }

    /** The header row with the texts of its lower part appended, each to the header cell it sits under. */
    static Row joinHeaderRows(Row header, Row row) {
        List<Cell> out = new ArrayList<>();
        int anchor = -1;
        for (int i = 0; i < header.cells().size(); i++) {
            Cell a = header.cells().get(i);
            out.add(a);
            if (!a.continuation()) {
                anchor = i;
            }
            Cell b = row.cells().get(i);
            if (!b.isBlank() && anchor >= 0) {
                out.set(anchor, Cell.of(out.get(anchor).text().strip() + b.text().strip()));
            }
        }
        return new Row(out, header.page(), header.tableRow());
    }

    /** A row with at least one cell that is a t2 column header. */
    static boolean isHeader(Row row) {
        int matched = 0;
        for (Cell c : row.cells()) {
            if (!c.continuation() && !c.isBlank() && column(LabelNormalizer.label(c.text()).core(), List.of()) != null) {
                matched++;
            }
        }
        return matched > 0;
    }

    /** Matches a t2 column header; a truncated one (本年新) takes the first candidate not yet in the header. */
    static ColumnDef column(String core, List<ColumnDef> taken) {
        if (core.isEmpty()) {
            return null;
        }
        List<ColumnDef> all = new ArrayList<>(Schema.T2_COLUMNS_2021);
        all.addAll(Schema.T2_COLUMNS_2019);
        for (ColumnDef c : all) {
            if (c.label().equals(core) || c.aliases().contains(core)) {
                return c;
            }
        }
        ColumnDef best = null;
        double bestScore = 0;
        for (ColumnDef c : all) {
            if (taken.contains(c)) {
                continue;
            }
            double s = Math.max(LabelNormalizer.similarity(core, c.label()),
                    core.length() >= 3 && c.label().startsWith(core) ? 0.9 : 0);
            for (String a : c.aliases()) {
                s = Math.max(s, LabelNormalizer.similarity(core, a));
            }
            if (s > bestScore) {
                bestScore = s;
                best = c;
            }
        }
        return bestScore >= 0.75 ? best : null;
    }

    /** The t2 row whose label the first label cell of {@code row} matches (similarity 0.8 or more, or an OCR reading one glyph off), or null. */
    static RowDef row(Row row) {
        boolean ocr = row.cells().stream().anyMatch(x -> x.ocr() != null);
        for (int i = 0; i < row.cells().size(); i++) {
            Cell c = row.cells().get(i);
            if (!RowKinds.isLabel(c)) {
                continue;
            }
            String core = LabelNormalizer.label(c.text()).core();
            RowDef best = null;
            double bestScore = 0;
            for (RowDef r : Schema.T2_ROWS) {
                double s = LabelNormalizer.similarity(core, r.label());
                for (String a : r.aliases()) {
                    s = Math.max(s, LabelNormalizer.similarity(core, a));
                }
                if (s > bestScore) {
                    bestScore = s;
                    best = r;
                }
            }
            if (bestScore >= 0.8) {
                return best;
            }
            RowDef misread = ocr ? oneGlyphOff(core) : null;
            if (misread != null) {
                return misread;
            }
        }
        return null;
    }

    /**
     * The only row of table 二 whose label an OCR reading misses by one glyph (lost, added or read as another:
     * 行政处因 for 行政处罚 in a 100 dpi scan), or null when none or several do. Only for OCR, which misreads a
     * glyph of a printed label; a born-digital label that differs is another label.
     */
    static RowDef oneGlyphOff(String core) {
        RowDef found = null;
        for (RowDef r : Schema.T2_ROWS) {
            List<String> labels = new ArrayList<>(r.aliases());
            labels.add(r.label());
            for (String label : labels) {
                if (LabelNormalizer.oneGlyphOff(core, label)) {
                    if (found != null && !found.key().equals(r.key())) {
                        return null;
                    }
                    found = r;
                }
            }
        }
        return found;
    }
}
