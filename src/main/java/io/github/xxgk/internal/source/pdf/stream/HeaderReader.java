package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.source.pdf.page.TextLines;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Column headers of unruled tables: the lines above a table (or left at the foot of the page before), which
 * columns they name over the value area, and header rows whose words wrap over several lines.
 */
final class HeaderReader {

    /** A page number or page count alone on a line (- 2 -, 第2页, 2/5): page furniture. */
    private static final Pattern PAGE_NUMBER = Pattern.compile("^[\\s\\-—–第页共/0-9０-９]*[0-9０-９][\\s\\-—–第页共/0-9０-９]*$");

    private HeaderReader() {
    }

    /** The lines just above a table (its column header), read for the header words' positions only. */
    static List<Line> headerAbove(List<Line> lines, int first, PageObjects page) {
        List<Line> out = new ArrayList<>();
        for (int m = first - 1; m >= 0 && m >= first - 10; m--) {
            Line l = lines.get(m);
            Line below = lines.get(m + 1);
            if (l.hasValues() || below.line().top() - l.line().bottom() > 3 * Math.max(l.line().height(), 8)
                    || l.isFullWidthText(page) || l.isSectionHeading()) {
                break;
            }
            out.add(0, l);
        }
        return out;
    }

    /**
     * The lines at the foot of a page after its last table row, as a column header for a table that opens
     * the next page: the unused lines without numbers closing the page (a page number below them aside), up
     * to running text, a section title or a wide gap, and only if they hold words over two or more columns.
     */
    static List<Line> pageTail(List<Line> lines, boolean[] used, PageObjects page) {
        int end = lines.size();
        while (end > 0 && !used[end - 1] && PAGE_NUMBER.matcher(lines.get(end - 1).line().text().strip()).matches()) {
            end--;
        }
        List<Line> out = new ArrayList<>();
        for (int m = end - 1; m >= 0 && m >= end - 10; m--) {
            Line l = lines.get(m);
            if (used[m] || l.hasValues() || l.isFullWidthText(page) || l.isSectionHeading()) {
                break;
            }
            if (m < end - 1 && lines.get(m + 1).line().top() - l.line().bottom() > 3 * Math.max(l.line().height(), 8)) {
                break;
            }
            out.add(0, l);
        }
        return out;
    }

    /** Whether lines name two or more columns over the value area and every number of a run is under one. */
    static boolean heads(List<Line> header, List<Line> run, float valueLeft) {
        if (header.isEmpty()) {
            return false;
        }
        List<Float> named = headerColumns(header, valueLeft, Float.MAX_VALUE);
        int words = 0;
        for (Line h : header) {
            for (Chunk w : h.chunks()) {
                if (w.isWord() && w.right() > valueLeft) {
                    words++;
                }
            }
        }
        if (named.size() < 2 && words < 2 && !labelledHeader(header.get(header.size() - 1), valueLeft)) {
            return false;
        }
        for (Line l : run) {
            if (l.hasValues()) {
                for (Chunk c : l.chunks()) {
                    if (c.value() && !ValueColumns.near(named, c.cx(), 10) && !underWord(header, c)) {
                        return false;
                    }
                }
            }
        }
        return true;
    }

    /**
     * The header row among the lines above a table whose column words wrap over lines: the line with the
     * most words (two or more, one of them the label column's) and the lines right above and below it whose
     * words all stand in the gaps between its words (the wrapped parts of a column's name). Returns {first,
     * last, main} indexes into the header, or null when no line joins the main one.
     */
    static int[] stackedHeader(List<Line> header) {
        int main = -1;
        for (int m = 0; m < header.size(); m++) {
            if (main < 0 || header.get(m).chunks().size() > header.get(main).chunks().size()) {
                main = m;
            }
        }
        if (main < 0 || header.get(main).chunks().size() < 2) {
            return null;
        }
        int first = main;
        while (first > 0 && fragmentOf(header.get(first - 1), header.get(first), header.get(main))) {
            first--;
        }
        int last = main;
        while (last + 1 < header.size() && fragmentOf(header.get(last + 1), header.get(last), header.get(main))) {
            last++;
        }
        return first == last ? null : new int[] {first, last, main};
    }

    /** Whether a line next to another holds only parts of column words in the gaps between the main line's words. */
    private static boolean fragmentOf(Line l, Line next, Line main) {
        float gap = Math.max(l.line().top() - next.line().bottom(), next.line().top() - l.line().bottom());
        if (gap > 0.8f * Math.max(l.line().height(), 8) || l.chunks().isEmpty()) {
            return false;
        }
        List<Chunk> words = main.chunks();
        for (Chunk c : l.chunks()) {
            if (c.value() || c.left() <= words.get(0).right()) {
                return false;
            }
            for (Chunk w : words) {
                if (c.left() < w.right() && w.left() < c.right()) {
                    return false;
                }
            }
        }
        return true;
    }

    /** The words of a stacked header as one line: chunks standing over one another joined top to bottom. */
    static String joinStacked(List<Line> group, int main) {
        List<List<Chunk>> cols = new ArrayList<>();
        for (Chunk w : group.get(main).chunks()) {
            cols.add(new ArrayList<>(List.of(w)));
        }
        for (int m = 0; m < group.size(); m++) {
            if (m == main) {
                continue;
            }
            for (Chunk c : group.get(m).chunks()) {
                List<Chunk> home = null;
                for (List<Chunk> col : cols) {
                    if (col.get(0) != group.get(main).chunks().get(0) && col.stream().noneMatch(group.get(main).chunks()::contains)
                            && col.stream().anyMatch(x -> c.left() < x.right() && x.left() < c.right())) {
                        home = col;
                        break;
                    }
                }
                if (home == null) {
                    home = new ArrayList<>();
                    cols.add(home);
                }
                home.add(c);
            }
        }
        cols.sort(Comparator.comparingDouble(col -> col.stream().map(Chunk::left).min(Float::compare).orElse(0f)));
        StringBuilder sb = new StringBuilder();
        for (List<Chunk> col : cols) {
            col.sort(Comparator.comparingDouble(Chunk::top));
            if (sb.length() > 0) {
                sb.append(' ');
            }
            for (Chunk c : col) {
                sb.append(c.text());
            }
        }
        return sb.toString();
    }

    /** Whether a line has words both left of the value area (the label column's name) and over it. */
    static boolean labelledHeader(Line l, float valueLeft) {
        boolean label = false;
        boolean over = false;
        for (Chunk c : l.chunks()) {
            if (!c.isWord()) {
                continue;
            }
            label |= c.right() < valueLeft;
            over |= c.right() > valueLeft;
        }
        return label && over && l.chunks().size() <= 4;
    }

    /** Whether a header line has a word right over the number. */
    private static boolean underWord(List<Line> header, Chunk v) {
        for (Line h : header) {
            for (Chunk w : h.chunks()) {
                if (w.isWord() && w.left() - 2 <= v.cx() && v.cx() <= w.right() + 2) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * A lone line with two numbers is a table row when the line above names a column over each number (a t2
     * block of one row: 信息内容 采购项目数量 采购总金额 / 政府集中采购 17 184719), or, where the header's words
     * are stacked a character or two a line (自然 / 人 … 总 / 计), a line of the header does over each.
     */
    static boolean headedValues(Line values, List<Line> header) {
        if (header.isEmpty()) {
            return false;
        }
        Line above = header.get(header.size() - 1);
        boolean stacked = header.size() >= 2;
        for (Chunk v : values.chunks()) {
            if (!v.value()) {
                continue;
            }
            boolean named = stacked && underWord(header, v);
            for (Chunk h : above.chunks()) {
                if (h.isWord() && h.left() - 2 <= v.cx() && v.cx() <= h.right() + 2) {
                    named = true;
                    break;
                }
            }
            if (!named) {
                return false;
            }
        }
        return true;
    }

    /**
     * Centres of the header's column words over the value area: the short pieces of the header lines with
     * no header word under them. A spanning heading (申请人情况, 法人或其他组织, 行政诉讼, 复议后起诉) stands over
     * the words of the columns it spans and is left out, wherever its centre falls; a column word stacked a
     * character or two a line counts by its last line.
     *
     * <p>The value area starts at the first number ({@code valueLeft}); where the first columns are blank in
     * every row, it starts right of the labels ({@code labelRight}): a header word wholly right of every
     * label names a value column too.
     */
    static List<Float> headerColumns(List<Line> header, float valueLeft, float labelRight) {
        List<Chunk> words = new ArrayList<>();
        for (Line l : header) {
            List<Glyph> over = new ArrayList<>();
            for (Glyph g : l.line().glyphs()) {
                if (g.cx() > valueLeft - 8 || g.x() > labelRight + 2) {
                    over.add(g);
                }
            }
            List<List<Glyph>> pieces = spacedCharacters(TextLines.chunks(over, 0.2f));
            for (List<Glyph> p : pieces) {
                Chunk c = Chunk.of(p, false);
                if (c.cx() <= valueLeft - 8 && c.left() <= labelRight + 2) {
                    continue; // a piece reaching over the labels: the label column's header
                }
                float em = Math.max(c.size(), 1);
                float width = c.right() - c.left();
                if (width <= 4.5f * em || (pieces.size() >= 2 && width <= 7.5f * em)) {
                    words.add(c);
                }
            }
        }
        List<Float> centres = new ArrayList<>();
        for (Chunk w : words) {
            if (words.stream().noneMatch(u -> u.top() > w.cy() && u.overlaps(w))) {
                centres.add(w.cx());
            }
        }
        return ValueColumns.cluster(centres, 12);
    }

    /**
     * Pieces of one header line with the characters of a column word set a space apart (法 律, 自 然) joined
     * into words. The letter spacing is the narrowest gap between two single characters (at most 0.4 em, a
     * space); two column words stand further apart (cell padding on both sides, however narrow the table:
     * 社 会 公 · 法 律 服 is 3.3 · 4.2 pt), so only gaps within 15% of the letter spacing join characters.
     */
    private static List<List<Glyph>> spacedCharacters(List<List<Glyph>> pieces) {
        float spacing = Float.MAX_VALUE;
        for (int k = 1; k < pieces.size(); k++) {
            float gap = spacedGap(pieces.get(k - 1), pieces.get(k));
            if (gap >= 0) {
                spacing = Math.min(spacing, gap);
            }
        }
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> last = null;
        for (List<Glyph> p : pieces) {
            if (last != null) {
                float gap = spacedGap(last, p);
                if (gap >= 0 && gap <= 1.15f * spacing && isSpaced(out.get(out.size() - 1))) {
                    out.get(out.size() - 1).addAll(p);
                    last = p;
                    continue;
                }
            }
            out.add(new ArrayList<>(p));
            last = p;
        }
        return out;
    }

    /** The gap between two single-character pieces when it is at most a space (0.4 em), else -1. */
    private static float spacedGap(List<Glyph> a, List<Glyph> b) {
        if (a.size() != 1 || b.size() != 1) {
            return -1;
        }
        Glyph l = a.get(0);
        Glyph r = b.get(0);
        float gap = r.x() - l.right();
        return gap <= 0.4f * Math.max(l.size(), r.size()) ? gap : -1;
    }

    /** Whether a piece is single characters set apart (one character, or spaced ones already joined). */
    private static boolean isSpaced(List<Glyph> piece) {
        for (int k = 1; k < piece.size(); k++) {
            if (piece.get(k).x() - piece.get(k - 1).right() <= 0.2f * Math.max(piece.get(k).size(), piece.get(k - 1).size())) {
                return false;
            }
        }
        return true;
    }

    /** Whether the lines above hold words over the value columns (a column header, not a wrapped label). */
    static boolean hasHeaderWords(List<Line> header, float valueLeft) {
        for (Line l : header) {
            for (Glyph g : l.line().glyphs()) {
                if (g.cx() > valueLeft - 8) {
                    return true;
                }
            }
        }
        return false;
    }
}
