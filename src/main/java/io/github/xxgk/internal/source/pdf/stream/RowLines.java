package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.internal.source.pdf.page.TextLines;

import java.util.ArrayList;
import java.util.List;

/**
 * The rows of a section and which of its lines hold each row's numbers: a row is a line with values, but one
 * row's numbers can come on two lines, and numbers alone on a line belong to the nearest row.
 *
 * @param rows  the line of each row (its first value line), top to bottom
 * @param owner for each line of the section, the line of the row whose numbers it holds (itself if none)
 */
record RowLines(List<Integer> rows, int[] owner) {

    static RowLines of(List<Line> section, List<Float> cols, LabelColumns labels, float valueLeft) {
        List<Integer> valueLines = new ArrayList<>();
        for (int i = 0; i < section.size(); i++) {
            if (section.get(i).hasValues()) {
                valueLines.add(i);
            }
        }
        int[] owner = new int[section.size()];
        for (int i = 0; i < owner.length; i++) {
            owner[i] = i;
        }
        List<Integer> rows = splitRows(section, valueLines, cols, labels, owner);
        adoptOrphans(section, rows, cols, valueLeft, owner);
        return new RowLines(rows, owner);
    }

    /**
     * One row's numbers on two lines: where a cell is set at the top of a row whose other cells are centred
     * beside a wrapped label, its number comes a line above the others (the 总计 of a row labelled on three
     * lines); the next value line, in none of the same columns and with no row label of its own starting
     * there, holds the rest of the row. Returns the value lines that start rows.
     */
    private static List<Integer> splitRows(List<Line> section, List<Integer> valueLines, List<Float> cols, LabelColumns labels,
                                           int[] owner) {
        List<Integer> kept = new ArrayList<>();
        List<Integer> taken = new ArrayList<>();
        int lastLine = -1;
        for (int line : valueLines) {
            List<Integer> mine = ValueColumns.columnsOf(section.get(line), cols);
            if (!kept.isEmpty()) {
                TextLines.Line a = section.get(lastLine).line();
                TextLines.Line b = section.get(line).line();
                boolean adjacent = line - lastLine <= 2 && b.top() - a.bottom() <= Math.max(a.height(), b.height());
                if (adjacent && mine.stream().noneMatch(taken::contains) && !startsRowLabel(labels, line)) {
                    owner[line] = kept.get(kept.size() - 1);
                    taken.addAll(mine);
                    lastLine = line;
                    continue;
                }
            }
            kept.add(line);
            taken = new ArrayList<>(mine);
            lastLine = line;
        }
        return kept;
    }

    /** Numbers alone on a line go to the nearest row that has their columns free. */
    private static void adoptOrphans(List<Line> section, List<Integer> rows, List<Float> cols, float valueLeft, int[] owner) {
        List<List<Integer>> used = new ArrayList<>();
        for (int v : rows) {
            List<Integer> u = new ArrayList<>();
            for (int i = 0; i < section.size(); i++) {
                if (owner[i] == v) {
                    u.addAll(ValueColumns.columnsOf(section.get(i), cols));
                }
            }
            used.add(u);
        }
        for (int i = 0; i < section.size(); i++) {
            if (!section.get(i).isOrphan(valueLeft) || rows.isEmpty()) {
                continue;
            }
            List<Integer> mine = ValueColumns.columnsOf(section.get(i), cols);
            float cy = section.get(i).line().cy();
            int best = -1;
            for (int v = 0; v < rows.size(); v++) {
                if (used.get(v).stream().anyMatch(mine::contains)) {
                    continue;
                }
                float d = Math.abs(section.get(rows.get(v)).line().cy() - cy);
                if (best < 0 || d < Math.abs(section.get(rows.get(best)).line().cy() - cy)) {
                    best = v;
                }
            }
            if (best >= 0) {
                owner[i] = rows.get(best);
                used.get(best).addAll(mine);
            }
        }
    }

    /** Whether a row label (last label column) starts on the line: a numbered item (1. / （一）). */
    private static boolean startsRowLabel(LabelColumns labels, int line) {
        for (Piece p : labels.pieces()) {
            if (p.line == line && p.c1 == labels.last() && Ordinals.numbered(p.chunk.text())) {
                return true;
            }
        }
        return false;
    }

    /** These rows and the given rows of blank cells (lines that hold no numbers), top to bottom. */
    RowLines with(List<Integer> blankRows) {
        if (blankRows.isEmpty()) {
            return this;
        }
        List<Integer> all = new ArrayList<>(rows);
        all.addAll(blankRows);
        all.sort(Integer::compare);
        return new RowLines(all, owner);
    }

    /** The lines whose numbers make up row v (none for a row of blank cells). */
    List<Integer> linesOf(int v, List<Line> section, float valueLeft) {
        List<Integer> out = new ArrayList<>();
        for (int i = 0; i < section.size(); i++) {
            if (owner[i] == rows.get(v) && (section.get(i).hasValues() || section.get(i).isOrphan(valueLeft))) {
                out.add(i);
            }
        }
        return out;
    }
}
