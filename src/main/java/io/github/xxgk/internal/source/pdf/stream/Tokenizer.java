package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.TextLines;

import java.util.ArrayList;
import java.util.List;

/** Cuts a page's free glyphs into lines of chunks, a number of a value cell being a chunk of its own. */
final class Tokenizer {

    private Tokenizer() {
    }

    /** The lines of the glyphs, top to bottom, each cut where glyphs are an em apart and between numbers. */
    static List<Line> lines(List<Glyph> free) {
        List<Line> lines = new ArrayList<>();
        for (TextLines.Line l : TextLines.lines(free)) {
            List<Chunk> chunks = new ArrayList<>();
            for (List<Glyph> g : TextLines.chunks(l.glyphs(), 1.0f)) {
                for (List<Glyph> part : splitNumbers(g)) {
                    chunks.add(Chunk.of(part, true));
                }
            }
            lines.add(new Line(l, chunks));
        }
        return lines;
    }

    /**
     * Numbers in neighbouring narrow columns can be closer than an em (only the two cells' margins apart):
     * a chunk made of numbers alone is split wherever two digits are further apart than a word gap. The
     * digits of one number are set without gaps.
     */
    private static List<List<Glyph>> splitNumbers(List<Glyph> chunk) {
        List<List<Glyph>> parts = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : chunk) {
            if (g.isSpace()) {
                continue;
            }
            // numbers, or a number and a dash of an empty cell (0 ——), set apart within a chunk
            if (prev != null && valueGlyph(prev) && valueGlyph(g) && (isDigit(prev) || isDigit(g) || !prev.text().equals(g.text()))
                    && g.x() - prev.right() > 0.4f * Math.max(prev.size(), g.size())) {
                parts.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        parts.add(cur);
        if (parts.size() == 1) {
            return List.of(chunk);
        }
        for (List<Glyph> p : parts) {
            if (!Chunk.VALUE.matcher(TextLines.join(p)).matches()) {
                return List.of(chunk);
            }
        }
        return parts;
    }

    /**
     * A label wrapped close to the value columns can end less than an em before the number of the next cell
     * (the two cells' margins apart), so the two come as one chunk: where such a chunk of a table's line ends
     * in a number that lies in the value columns, the number is a value of its own.
     */
    /** Whether a word of the line ends in a number standing apart in the value area (公开 2), which the run would split off. */
    static boolean hasTrailingNumber(Line l, float valueLeft) {
        for (Chunk c : l.chunks()) {
            List<Glyph> g = new ArrayList<>(c.glyphs());
            g.removeIf(Glyph::isSpace);
            if (trailingNumber(c, g, valueLeft) > 0) {
                return true;
            }
        }
        return false;
    }

    /** Where the chunk's trailing number starts among its glyphs g (spaces removed), or -1 when it has none to split off. */
    private static int trailingNumber(Chunk c, List<Glyph> g, float valueLeft) {
        int start = g.size();
        while (start > 0 && isDigit(g.get(start - 1))) {
            start--;
        }
        boolean apart = !c.value() && start > 0 && start < g.size() && !isDigit(g.get(start - 1))
                && g.get(start).x() >= valueLeft - 0.5f * g.get(start).size()
                && g.get(start).x() - g.get(start - 1).right() > 0.2f * g.get(start).size();
        return apart ? start : -1;
    }

    static void splitTrailingNumbers(List<Line> lines, int from, int to, float valueLeft) {
        for (int m = from; m < to; m++) {
            Line l = lines.get(m);
            List<Chunk> out = new ArrayList<>(l.chunks().size() + 1);
            boolean changed = false;
            for (Chunk c : l.chunks()) {
                List<Glyph> g = new ArrayList<>(c.glyphs());
                g.removeIf(Glyph::isSpace);
                int start = trailingNumber(c, g, valueLeft);
                if (start > 0) {
                    out.add(Chunk.of(g.subList(0, start), true));
                    out.add(Chunk.of(g.subList(start, g.size()), true));
                    changed = true;
                } else {
                    out.add(c);
                }
            }
            if (changed) {
                lines.set(m, new Line(l.line(), out));
            }
        }
    }

    /** A digit, or a dash or slash that marks an empty cell. */
    private static boolean valueGlyph(Glyph g) {
        return isDigit(g) || (!g.text().isEmpty() && Chunk.DASHES.indexOf(g.text().charAt(0)) >= 0);
    }

    private static boolean isDigit(Glyph g) {
        char c = g.text().isEmpty() ? ' ' : g.text().charAt(0);
        return (c >= '0' && c <= '9') || (c >= '０' && c <= '９');
    }
}
