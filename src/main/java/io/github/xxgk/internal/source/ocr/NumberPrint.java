package io.github.xxgk.internal.source.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The print of a number as its ink shows it, apart from any reading: its parts (runs of inked columns, each a
 * glyph or a few touching ones), which parts are marks (a decimal point or a comma: small, at the foot of the
 * line), and the loops each part closes. Set against a reading, it tells what the engine cannot: that it read
 * fewer digits than the print shows (a run of ones shortened, 77 read as 7), a point that is not inked, or a
 * digit whose loops are not those of the glyph printed (a 0 read as 1).
 *
 * @param height the line's height
 * @param parts  the parts from left to right
 */
record NumberPrint(int height, List<NumberPrint.Part> parts) {

    /**
     * One run of inked columns.
     *
     * @param holes the paper regions its ink closes all round (a 0 closes one, an 8 two, a 1 none)
     * @param mark  whether it is small and at the foot of the line: a point or a comma, not a glyph
     */
    record Part(int x0, int x1, int top, int bottom, int holes, boolean mark) {

        int width() {
            return x1 - x0;
        }
    }

    /** A mark is at most this high, in line heights: a point or a comma, never a digit. */
    static final double MARK_HEIGHT = 0.4;

    /** A '1' is at most this wide, in line heights (measured 0.24-0.52 on scans and screen pictures). */
    static final double ONE_WIDTH = 0.56;
    /** No digit is wider than this (measured at most 0.79): a wider part is glyphs that touch. */
    static final double MAX_DIGIT_WIDTH = 0.9;
    /** Any other digit is at least this wide (measured 0.52-0.79; a 0, 0.60-0.73). */
    static final double DIGIT_WIDTH = 0.5;
    private static final double[] MIN_WIDTH = {0.55, 0, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5, 0.5};
    /** A part at least this many line heights wide per glyph may be several glyphs that touch. */
    static final double TOUCHING = 0.42;
    /** Two narrow parts at most this wide together may be one glyph in two strokes (a small 0 enlarged). */
    static final double JOINED_WIDTH = 0.8;
    /**
     * The most loops each digit closes: a 4 one or none by the font, a 3 one where blur closes its middle, an 8
     * two. Glyphs without loops (1, 2, 5, 7) show one where a 0 was misread.
     */
    private static final int[] MAX_HOLES = {1, 0, 0, 1, 1, 0, 1, 0, 2, 1};
    /**
     * The fewest: a 6, 8 or 9 keeps one loop even enlarged from screen size, where a 0's small loop fills (and
     * an 8 read where the print closes no loop is a 3 or a 5).
     */
    private static final int[] MIN_HOLES = {0, 0, 0, 0, 0, 0, 1, 0, 1, 1};

    /**
     * The print of line 0 of the box, from its left edge to {@code end} (where a unit such as 元 starts).
     *
     * @param ink  the page's ink at a level that keeps thin strokes whole
     * @param page the page, to tell a glyph broken in two (its thin arcs fainter than the ink, but darker than
     *             paper) from two glyphs (paper between them)
     * @param tone a grey level darker than any paper: a stroke's trace
     */
    static NumberPrint of(Ink ink, GrayImage page, int tone, InkBox box, int end) {
        int[] band = box.lines().get(0);
        int h = band[1] - band[0];
        List<int[]> runs = new ArrayList<>();
        for (int[] c : box.columns(ink, 0)) {
            if (c[0] >= end) {
                break;
            }
            if (!runs.isEmpty()) {
                int[] last = runs.get(runs.size() - 1);
                if (c[1] - last[0] <= JOINED_WIDTH * h && last[1] - last[0] < DIGIT_WIDTH * h && c[1] - c[0] < DIGIT_WIDTH * h
                        && bridged(page, tone, last[1], c[0], band[0], band[1])) {
                    last[1] = c[1];
                    continue;
                }
            }
            runs.add(c.clone());
        }
        List<Part> parts = new ArrayList<>();
        for (int[] c : runs) {
            int top = band[1];
            int bottom = band[0];
            for (int y = band[0]; y < band[1]; y++) {
                if (ink.count(c[0], y, c[1], y + 1) > 0) {
                    top = Math.min(top, y);
                    bottom = y + 1;
                }
            }
            boolean mark = bottom - top <= MARK_HEIGHT * h && top - band[0] >= 0.5 * h && c[1] - c[0] <= MARK_HEIGHT * h;
            parts.add(new Part(c[0], c[1], top, bottom, mark ? 0 : holes(ink, c[0], top, c[1], bottom), mark));
        }
        return new NumberPrint(h, List.copyOf(parts));
    }

    /**
     * Whether every column between two parts holds a trace of a stroke both in the top and in the bottom third of
     * the line: the arcs of an O, not the paper between two glyphs (a 1 has no stroke at its top right).
     */
    private static boolean bridged(GrayImage page, int tone, int x0, int x1, int y0, int y1) {
        int third = Math.max(1, (y1 - y0) / 3);
        for (int x = x0; x < x1; x++) {
            if (!traced(page, tone, x, y0, y0 + third) || !traced(page, tone, x, y1 - third, y1)) {
                return false;
            }
        }
        return true;
    }

    private static boolean traced(GrayImage page, int tone, int x, int y0, int y1) {
        for (int y = y0; y < y1; y++) {
            if (page.get(x, y) <= tone) {
                return true;
            }
        }
        return false;
    }

    /**
     * Why the print says this reading (digits and the signs of a number, without its unit) cannot be right, or
     * null when it can: another count of glyphs, a point or comma where none is inked (or none where one is), a 1
     * on a glyph as wide as a 0, another digit on a glyph as narrow as a 1, loops the digit does not have. A part
     * wide enough for several glyphs may hold that many (digits that touch), each at least {@link #TOUCHING} wide.
     */
    String contradicts(String reading) {
        char[] read = reading.toCharArray();
        if (!matches(0, 0, read, false)) {
            long g = parts.stream().filter(p -> !p.mark()).count();
            long m = parts.size() - g;
            return "the print shows " + g + (g == 1 ? " glyph" : " glyphs") + (m > 0 ? " and " + m + (m == 1 ? " point" : " points") : "")
                    + ", not the " + count(read, false) + " and " + count(read, true) + " read";
        }
        if (!matches(0, 0, read, true)) {
            for (int i = 0, j = 0; i < parts.size() && j < read.length; i++, j++) {
                String why = parts.get(i).mark() ? null : fits(parts.get(i), read[j]);
                if (why != null) {
                    return "glyph " + (j + 1) + " " + why;
                }
            }
            return "its glyphs' shapes are not those of the digits read";
        }
        return null;
    }

    private static String count(char[] read, boolean marks) {
        int n = 0;
        for (char c : read) {
            if ((c == '.' || c == ',') == marks) {
                n++;
            }
        }
        return n + (marks ? (n == 1 ? " point" : " points") : (n == 1 ? " glyph" : " glyphs"));
    }

    /** Whether parts i.. can print the characters j.. of the reading (checking each lone glyph's shape if asked). */
    private boolean matches(int i, int j, char[] read, boolean shapes) {
        if (i == parts.size()) {
            return j == read.length;
        }
        if (j == read.length) {
            return false;
        }
        Part p = parts.get(i);
        boolean isMark = read[j] == '.' || read[j] == ',';
        if (p.mark()) {
            return isMark && matches(i + 1, j + 1, read, shapes);
        }
        int most = Math.max(1, (int) (p.width() / (TOUCHING * height)));
        for (int k = 1; k <= most && j + k <= read.length; k++) {
            char c = read[j + k - 1];
            if (c == '.' || c == ',') {
                break;
            }
            if (k == 1 && shapes && fits(p, c) != null) {
                continue;
            }
            if (matches(i + 1, j + k, read, shapes)) {
                return true;
            }
        }
        return false;
    }

    /** Why a part printed alone cannot be this character, or null when it can. */
    private String fits(Part p, char c) {
        if (c < '0' || c > '9') {
            return null;
        }
        double w = (double) p.width() / height;
        int d = c - '0';
        if (w > MAX_DIGIT_WIDTH) {
            return "is printed wider than one digit, not as the " + c + " read";
        }
        if (c == '1' && w > ONE_WIDTH) {
            return "is printed as wide as a digit, too wide for the 1 read";
        }
        if (c != '1' && w < MIN_WIDTH[d]) {
            return "is printed as narrow as a 1, too narrow for the " + c + " read";
        }
        if (p.holes() > MAX_HOLES[d] || p.holes() < MIN_HOLES[d]) {
            return "closes " + p.holes() + (p.holes() == 1 ? " loop" : " loops") + ", not as a " + c + " does";
        }
        return null;
    }

    /** How many parts are glyphs, not marks. */
    int glyphs() {
        return (int) parts.stream().filter(p -> !p.mark()).count();
    }

    /** Paper regions of the box that do not reach its edge, of two pixels or more (a speck of paper is not a loop). */
    static int holes(Ink ink, int x0, int y0, int x1, int y1) {
        int w = x1 - x0;
        int hh = y1 - y0;
        if (w < 3 || hh < 3) {
            return 0;
        }
        // 0: paper not yet seen, 1: ink, 2: seen
        byte[] m = new byte[w * hh];
        for (int y = 0; y < hh; y++) {
            for (int x = 0; x < w; x++) {
                m[y * w + x] = (byte) (ink.at(x0 + x, y0 + y) ? 1 : 0);
            }
        }
        int[] stack = new int[w * hh];
        for (int y = 0; y < hh; y++) {
            for (int x = 0; x < w; x++) {
                if (x == 0 || y == 0 || x == w - 1 || y == hh - 1) {
                    fill(m, w, hh, y * w + x, stack);
                }
            }
        }
        int n = 0;
        for (int i = 0; i < m.length; i++) {
            if (m[i] == 0 && fill(m, w, hh, i, stack) >= 2) {
                n++;
            }
        }
        return n;
    }

    /** Marks the paper region of pixel {@code start} as seen (4-connected); returns its size. */
    private static int fill(byte[] m, int w, int h, int start, int[] stack) {
        if (m[start] != 0) {
            return 0;
        }
        int top = 0;
        int size = 0;
        stack[top++] = start;
        m[start] = 2;
        while (top > 0) {
            int i = stack[--top];
            size++;
            int x = i % w;
            int y = i / w;
            if (x > 0 && m[i - 1] == 0) {
                m[i - 1] = 2;
                stack[top++] = i - 1;
            }
            if (x < w - 1 && m[i + 1] == 0) {
                m[i + 1] = 2;
                stack[top++] = i + 1;
            }
            if (y > 0 && m[i - w] == 0) {
                m[i - w] = 2;
                stack[top++] = i - w;
            }
            if (y < h - 1 && m[i + w] == 0) {
                m[i + w] = 2;
                stack[top++] = i + w;
            }
        }
        return size;
    }
}
