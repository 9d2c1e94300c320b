package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.internal.source.model.Cell;
import io.github.xxgk.report.OcrNote;
import io.github.xxgk.internal.source.pdf.page.Glyph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The value columns of a table section, as x centres: where its numbers stand, completed by the header words
 * over whole blank columns, or by the columns of the table part before. A value belongs to the column whose
 * centre is nearest to its own, whatever its order in the line.
 */
final class ValueColumns {

    private ValueColumns() {
    }

    /** The value columns of a section (remembered for the parts of its table on later pages). */
    static List<Float> of(List<Line> section, List<Line> header, Memory memory) {
        List<Float> centres = new ArrayList<>();
        for (Line l : section) {
            if (l.hasValues() || l.isOrphan(Line.valueLeft(section))) {
                for (Chunk c : l.chunks()) {
                    if (c.value()) {
                        centres.add(c.cx());
                    }
                }
            }
        }
        List<Float> cols = cluster(centres, 12);
        List<Float> fromHeader = header.isEmpty() ? List.of() : HeaderReader.headerColumns(header, Line.valueLeft(section), labelRight(section));
        List<Float> spacing = new ArrayList<>();
        for (int m = 1; m < fromHeader.size(); m++) {
            spacing.add(fromHeader.get(m) - fromHeader.get(m - 1));
        }
        spacing.sort(Float::compare);
        float typical = spacing.isEmpty() ? 0 : spacing.get(spacing.size() / 2);
        // numbers set left or right in their cells stand off the header word's centre, by up to half a column
        float offset = Math.max(10, 0.45f * typical);
        if (fromHeader.size() > cols.size() && cols.stream().allMatch(c -> near(fromHeader, c, offset))) {
            // whole columns are blank: the header words show where they are. Each value column stands under
            // the header column nearest to it; the header columns that none stands under are the blank ones
            boolean[] taken = new boolean[fromHeader.size()];
            for (float c : cols) {
                taken[nearest(fromHeader, c)] = true;
            }
            List<Float> union = new ArrayList<>(cols);
            for (int h = 0; h < fromHeader.size(); h++) {
                if (!taken[h]) {
                    union.add(fromHeader.get(h));
                }
            }
            union.sort(Float::compare);
            cols = union;
        } else if (fromHeader.isEmpty()) {
            // a part of a table with no header of its own (the rest of a table on the next page)
            for (int m = memory.layouts.size() - 1; m >= 0; m--) {
                List<Float> prev = memory.layouts.get(m);
                List<Float> mine = cols;
                if (prev.size() > cols.size() && cols.stream().allMatch(c -> near(prev, c, 6))) {
                    cols = new ArrayList<>(prev);
                    break;
                }
                if (prev.size() == mine.size()) {
                    break;
                }
            }
        }
        memory.layouts.add(cols);
        return cols;
    }

    /**
     * Where header words left of the first number may still name value columns: anywhere in a section with
     * no labels at all (a t4 row printing only its last cells), nowhere beside labels (a label column's header
     * word, centred over wider labels, would read as a column of its own).
     */
    private static float labelRight(List<Line> section) {
        float valueLeft = Line.valueLeft(section);
        for (Line l : section) {
            for (Chunk c : l.chunks()) {
                if (!c.value() && c.right() <= valueLeft) {
                    return Float.MAX_VALUE;
                }
            }
        }
        return -Float.MAX_VALUE;
    }

    /**
     * A row's value cells, one per column: each value chunk goes to the column nearest its centre (two in
     * one column are joined with a space), and a column no value stands in is a blank cell.
     */
    static List<Cell> cells(List<Chunk> chunks, List<Float> cols, Map<Glyph, OcrNote> notes) {
        String[] vals = new String[cols.size()];
        OcrNote[] read = new OcrNote[cols.size()];
        for (Chunk c : chunks) {
            if (c.value()) {
                int best = nearest(cols, c.cx());
                vals[best] = vals[best] == null ? c.text() : vals[best] + " " + c.text();
                for (Glyph g : c.glyphs()) {
                    read[best] = OcrNote.worse(read[best], notes.get(g));
                }
            } else if (!cols.isEmpty() && inValueArea(c, cols)) {
                // print OCR read as no number where a value stands (35 read as 才): the cell is not known to be
                // blank, whatever its column holds, so it carries that other reading as doubt
                OcrNote seen = null;
                for (Glyph g : c.glyphs()) {
                    seen = OcrNote.worse(seen, notes.get(g));
                }
                if (seen != null) {
                    int best = nearest(cols, c.cx());
                    read[best] = OcrNote.worse(read[best], new OcrNote(0f, c.text()));
                }
            }
        }
        List<Cell> out = new ArrayList<>(vals.length);
        for (int k = 0; k < vals.length; k++) {
            String val = vals[k] == null ? "" : vals[k];
            // a value OCR read carries how sure the engine was of it, so that check OCR can name it
            out.add(read[k] == null ? Cell.of(val) : Cell.ocr(val, read[k]));
        }
        return out;
    }

    /** Whether the chunk's centre lies within the value columns (no further left than half a column from the first). */
    private static boolean inValueArea(Chunk c, List<Float> cols) {
        float half = cols.size() > 1 ? (cols.get(1) - cols.get(0)) / 2 : 2 * c.size();
        return c.cx() >= cols.get(0) - half && c.cx() <= cols.get(cols.size() - 1) + half;
    }

    /** The value columns a line has numbers in. */
    static List<Integer> columnsOf(Line l, List<Float> cols) {
        List<Integer> out = new ArrayList<>();
        for (Chunk c : l.chunks()) {
            if (c.value()) {
                out.add(nearest(cols, c.cx()));
            }
        }
        return out;
    }

    /** The index of the column whose centre is nearest to x (the first of two as near). */
    private static int nearest(List<Float> cols, float x) {
        int best = 0;
        for (int k = 1; k < cols.size(); k++) {
            if (Math.abs(cols.get(k) - x) < Math.abs(cols.get(best) - x)) {
                best = k;
            }
        }
        return best;
    }

    /** Positions that lie closer than the tolerance, merged into their running mean, left to right. */
    static List<Float> cluster(List<Float> centres, float tolerance) {
        List<Float> sorted = new ArrayList<>(centres);
        sorted.sort(Float::compare);
        List<Float> cols = new ArrayList<>();
        List<Integer> counts = new ArrayList<>();
        for (float c : sorted) {
            int last = cols.size() - 1;
            if (last >= 0 && c - cols.get(last) < tolerance) {
                int n = counts.get(last);
                cols.set(last, (cols.get(last) * n + c) / (n + 1));
                counts.set(last, n + 1);
            } else {
                cols.add(c);
                counts.add(1);
            }
        }
        return cols;
    }

    static boolean near(List<Float> cols, float x, float tolerance) {
        for (float c : cols) {
            if (Math.abs(c - x) <= tolerance) {
                return true;
            }
        }
        return false;
    }
}
