package io.github.xxgk.internal.source.pdf.stream;

import java.util.ArrayList;
import java.util.List;

/**
 * Rows whose cells are all printed blank. Such a row leaves only its label on the page, so without this rule
 * it would be taken for a heading or glued to the label of the row next to it, and its cells would go
 * missing. A cell printed blank is a cell: the row is kept, each value cell empty.
 *
 * <p>A row label cell (in the last label column) that starts a numbered item (一、 / （一） / 1.) and stands
 * beside no line with numbers is such a row, unless it is the label of a row whose numbers stand lower, on
 * no label of their own (a label set at the top of a tall row), or numbers higher up, after the numbered label
 * before, on no label of their own (a label set below its row's numbers).
 */
final class BlankRows {

    private BlankRows() {
    }

    /** The section's lines that open a blank row, as the first line of each such label cell, top to bottom. */
    static List<Integer> find(List<LabelCell> cells, LabelColumns columns, List<Line> section, float valueLeft) {
        List<LabelCell> numbered = new ArrayList<>();
        for (LabelCell c : cells) {
            if (c.c1 == columns.last() && Ordinals.numbered(c.text())) {
                numbered.add(c);
            }
        }
        numbered.sort((a, b) -> Float.compare(a.top(), b.top()));
        List<Integer> out = new ArrayList<>();
        for (int n = 0; n < numbered.size(); n++) {
            LabelCell c = numbered.get(n);
            if (coversValues(c, section, valueLeft)) {
                continue;
            }
            // numbers below it, before the next numbered label, on no label of their own: this is their label
            // likewise numbers above it, after the numbered label before: a tall row whose numbers stand higher
            // than its label's first line
            float next = n + 1 < numbered.size() ? numbered.get(n + 1).top() : Float.MAX_VALUE;
            float previous = n > 0 ? numbered.get(n - 1).bottom() : -Float.MAX_VALUE;
            // unless the label before has no numbers beside it: then numbers between the two are that label's,
            // set below it ((二)部分公开… wrapped, its numbers a line lower)
            boolean previousHasOwn = n == 0 || coversValues(numbered.get(n - 1), section, valueLeft);
            boolean owns = false;
            for (Line l : section) {
                float cy = l.line().cy();
                boolean below = cy > c.bottom() && cy < next;
                boolean above = cy < c.top() && cy > previous;
                // numbers above must stand on a line of their own, beside no label text: numbers on the last line
                // of a wrapped label above (（二）部分公开… / 计其他情形） 1 1) are that label's
                if (holdsValues(l, valueLeft) && (below && numbered.stream().noneMatch(o -> covers(o, l))
                        || above && previousHasOwn && valuesOnly(l, valueLeft) && cells.stream().noneMatch(o -> covers(o, l)))) {
                    owns = true;
                    break;
                }
            }
            if (!owns) {
                out.add(c.pieces.get(0).line);
            }
        }
        out.sort(Integer::compare);
        return out;
    }

    private static boolean coversValues(LabelCell c, List<Line> section, float valueLeft) {
        for (Line l : section) {
            if (holdsValues(l, valueLeft) && covers(c, l)) {
                return true;
            }
        }
        return false;
    }

    private static boolean valuesOnly(Line l, float valueLeft) {
        return !l.chunks().isEmpty() && l.chunks().stream().allMatch(c -> c.value() && c.left() >= valueLeft - 2);
    }

    private static boolean holdsValues(Line l, float valueLeft) {
        return l.hasValues() || l.isOrphan(valueLeft);
    }

    /** Whether the line's middle lies within the cell's height (two points of slack, as rows are matched). */
    private static boolean covers(LabelCell c, Line l) {
        float cy = l.line().cy();
        return cy >= c.top() - 2 && cy <= c.bottom() + 2;
    }
}
