package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.TextLines;

import java.util.ArrayList;
import java.util.List;

/**
 * The label area left of the values, in up to three columns (三、本年度办理结果 | （三）不予公开 | 1.属于国家秘密):
 * the column boundaries found from the gaps between the label pieces of a section's lines, and the pieces
 * placed in them.
 *
 * @param bounds x positions of the column boundaries, left to right (none: one label column)
 * @param pieces the label pieces, line by line, left to right; pieces of one line in one column joined
 */
record LabelColumns(List<Float> bounds, List<Piece> pieces) {

    /** How many label columns. */
    int count() {
        return bounds.size() + 1;
    }

    /** The index of the last label column, the row labels'. */
    int last() {
        return bounds.size();
    }

    /** The label columns of a section; the boundaries are remembered for the rest of its table on the next page. */
    static LabelColumns read(List<Line> section, List<Line> header, float valueLeft, Memory memory) {
        // label pieces, finer than the chunks: a label column's gap can be narrower than an em
        List<List<Piece>> byLine = new ArrayList<>();
        float labelLeft = Float.MAX_VALUE;
        for (int i = 0; i < section.size(); i++) {
            Line l = section.get(i);
            List<Piece> ps = new ArrayList<>();
            if (l.isOrphan(valueLeft)) {
                byLine.add(ps);
                continue;
            }
            for (Chunk c : l.chunks()) {
                if (c.value() && l.hasValues()) {
                    continue;
                }
                for (List<Glyph> g : TextLines.chunks(c.glyphs(), 0.3f)) {
                    Piece p = new Piece(Chunk.of(g, false), i);
                    ps.add(p);
                    labelLeft = Math.min(labelLeft, p.chunk.left());
                }
            }
            byLine.add(ps);
        }
        List<Float> bounds = labelLeft < valueLeft ? LabelBoundaries.find(byLine, labelLeft, valueLeft, fontSize(byLine)) : List.of();
        if (!HeaderReader.hasHeaderWords(header, valueLeft) && bounds.size() < memory.labelBounds.size()) {
            // the rest of a table from the page before: its label columns go on, even where this part has
            // too few labels to show them
            List<Float> merged = new ArrayList<>(bounds);
            for (float b : memory.labelBounds) {
                if (b > labelLeft && b < valueLeft && !ValueColumns.near(bounds, b, 8)) {
                    merged.add(b);
                }
            }
            merged.sort(Float::compare);
            bounds = merged.size() > 2 ? bounds : merged;
        }
        if (!bounds.isEmpty()) {
            memory.labelBounds = bounds;
        }
        return new LabelColumns(bounds, place(byLine, bounds));
    }

    /** The pieces with their columns; pieces of one line in one column are one piece (a label with a space inside). */
    private static List<Piece> place(List<List<Piece>> byLine, List<Float> bounds) {
        List<Piece> pieces = new ArrayList<>();
        for (List<Piece> ps : byLine) {
            Piece prev = null;
            for (Piece p : ps) {
                p.c0 = columnOf(bounds, p.chunk.left() + 2);
                p.c1 = Math.max(p.c0, columnOf(bounds, p.chunk.right() - 2));
                if (prev != null && prev.c0 == p.c0 && prev.c1 == p.c1) {
                    List<Glyph> g = new ArrayList<>(prev.chunk.glyphs());
                    g.addAll(p.chunk.glyphs());
                    Piece m = new Piece(Chunk.of(g, false), p.line);
                    m.c0 = p.c0;
                    m.c1 = p.c1;
                    pieces.set(pieces.size() - 1, m);
                    prev = m;
                    continue;
                }
                pieces.add(p);
                prev = p;
            }
        }
        return pieces;
    }

    /** The median size of the label pieces' text: an em of the label area. */
    private static float fontSize(List<List<Piece>> byLine) {
        List<Float> sizes = new ArrayList<>();
        for (List<Piece> ps : byLine) {
            for (Piece p : ps) {
                sizes.add(p.chunk.size());
            }
        }
        if (sizes.isEmpty()) {
            return 10;
        }
        sizes.sort(Float::compare);
        return sizes.get(sizes.size() / 2);
    }

    private static int columnOf(List<Float> bounds, float x) {
        int c = 0;
        while (c < bounds.size() && x > bounds.get(c)) {
            c++;
        }
        return c;
    }
}
