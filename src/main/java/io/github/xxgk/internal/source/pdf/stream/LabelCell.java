package io.github.xxgk.internal.source.pdf.stream;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** A label cell: pieces of one label column, top to bottom (a wrapped label is one cell). */
final class LabelCell {
    final List<Piece> pieces = new ArrayList<>();
    final int c0;
    final int c1;
    /** The row the cell is put on, an index into the section's rows; -1 while none. */
    int row = -1;

    LabelCell(int c0, int c1) {
        this.c0 = c0;
        this.c1 = c1;
    }

    float top() {
        return pieces.get(0).chunk.top();
    }

    float bottom() {
        return pieces.get(pieces.size() - 1).chunk.bottom();
    }

    Piece last() {
        return pieces.get(pieces.size() - 1);
    }

    /** The cell's text: its pieces joined, with a space only between two Latin words. */
    String text() {
        StringBuilder sb = new StringBuilder();
        for (Piece p : pieces) {
            String t = p.chunk.text();
            if (sb.length() > 0 && isLatin(sb.charAt(sb.length() - 1)) && !t.isEmpty() && isLatin(t.charAt(0))) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    /** Whether two label cells overlap horizontally. */
    boolean sameColumn(LabelCell b) {
        float al = Float.MAX_VALUE;
        float ar = -Float.MAX_VALUE;
        for (Piece p : pieces) {
            al = Math.min(al, p.chunk.left());
            ar = Math.max(ar, p.chunk.right());
        }
        for (Piece p : b.pieces) {
            if (p.chunk.left() < ar && al < p.chunk.right()) {
                return true;
            }
        }
        return false;
    }

    /**
     * The label pieces grouped into cells, column by column, top to bottom: a piece joins the cell above it
     * in its column when it is the next line of a wrapped label (within a pitch and a quarter, overlapping,
     * not a numbered item), and a row label never spans two rows' numbers. {@code owner} gives for each line
     * of the section the line of the row its numbers belong to. Sorts the pieces top to bottom.
     */
    static List<LabelCell> group(List<Piece> pieces, float pitch, LabelColumns columns, List<Line> section, int[] owner) {
        pieces.sort(Comparator.comparingDouble((Piece p) -> p.chunk.top()).thenComparingDouble(p -> p.chunk.left()));
        List<LabelCell> cells = new ArrayList<>();
        for (int c = 0; c < columns.count(); c++) {
            LabelCell open = null;
            for (Piece p : pieces) {
                if (p.c0 != c) {
                    continue;
                }
                boolean join = open != null && open.c1 == p.c1
                        && p.chunk.top() - open.last().chunk.top() <= 1.25f * pitch
                        && open.last().chunk.overlaps(p.chunk)
                        && !Ordinals.numbered(p.chunk.text());
                if (join && p.c1 == columns.last() && section.get(p.line).hasValues()) {
                    // a row label holds one row's numbers
                    for (Piece q : open.pieces) {
                        if (owner[q.line] != owner[p.line] && section.get(q.line).hasValues()) {
                            join = false;
                        }
                    }
                }
                if (!join) {
                    open = new LabelCell(p.c0, p.c1);
                    cells.add(open);
                }
                open.pieces.add(p);
            }
        }
        return cells;
    }

    /** The pitch of a wrapped label's lines: the smallest distance between two pieces of one column. */
    static float pitch(List<Piece> pieces) {
        float pitch = Float.MAX_VALUE;
        float height = 8;
        for (Piece a : pieces) {
            height = Math.max(height, a.chunk.bottom() - a.chunk.top());
            for (Piece b : pieces) {
                float d = b.chunk.top() - a.chunk.top();
                if (b.c0 == a.c0 && d > 0.5f * (a.chunk.bottom() - a.chunk.top()) && d < pitch && a.chunk.overlaps(b.chunk)) {
                    pitch = d;
                }
            }
        }
        if (pitch == Float.MAX_VALUE) {
            pitch = 2 * height;
        }
        return pitch;
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
