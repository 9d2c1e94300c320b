package io.github.xxgk.internal.source.ocr;

import java.util.ArrayList;
import java.util.List;

/**
 * The ruling lines of a straightened page. A line is a run of ink along a row (or column), gaps of a few pixels
 * bridged (JPEG noise and thin scans break lines), grouped over the neighbouring rows its thickness covers.
 * Strokes of characters and dashes make runs too; what sets a table's lines apart is that they meet: a
 * horizontal line is kept when two vertical lines touch or cross it, a vertical line when a horizontal one
 * does, until nothing changes.
 */
public final class RulingFinder {

    private RulingFinder() {
    }

    /**
     * @param minLen the shortest line, in pixels: longer than any stroke of a glyph (a cell is higher than its
     *               text), shorter than the narrowest cell
     */
    public static List<Segment> find(Ink ink, int minLen) {
        return find(ink, null, minLen);
    }

    /**
     * @param cover the print with colour ink kept (seals), or null: two pieces of one line are one line when
     *              what lies between them is covered, since a seal stamped over a ruling hides it (the red
     *              that {@code ink} drops to keep the black print beneath was printed over the line)
     */
    public static List<Segment> find(Ink ink, Ink cover, int minLen) {
        int gap = Math.max(2, minLen / 8);
        List<Segment> hs = mergeParallel(runs(ink, true, minLen, gap));
        List<Segment> vs = mergeParallel(runs(ink, false, minLen, gap));
        if (cover != null) {
            hs = bridgeCovered(hs, cover);
            vs = bridgeCovered(vs, cover);
        }
        int tol = Math.max(3, minLen / 4);
        boolean changed = true;
        while (changed) {
            int before = hs.size() + vs.size();
            List<Segment> h2 = new ArrayList<>();
            for (Segment h : hs) {
                if (touching(h, vs, tol) >= 2) {
                    h2.add(h);
                }
            }
            List<Segment> v2 = new ArrayList<>();
            for (Segment v : vs) {
                if (touching(v, h2, tol) >= 1) {
                    v2.add(v);
                }
            }
            hs = h2;
            vs = v2;
            changed = hs.size() + vs.size() != before;
        }
        List<Segment> out = new ArrayList<>(hs);
        out.addAll(vs);
        return out;
    }

    /**
     * A line left a fraction of a degree off level runs over two neighbouring rows in overlapping pieces: pieces
     * two pixels apart or less that overlap or touch are one line.
     */
    private static List<Segment> mergeParallel(List<Segment> segs) {
        List<Segment> sorted = new ArrayList<>(segs);
        sorted.sort((a, b) -> Double.compare(a.pos(), b.pos()));
        List<Segment> out = new ArrayList<>();
        boolean[] used = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Segment m = sorted.get(i);
            double weighted = m.pos() * m.length();
            double weight = m.length();
            boolean grew = true;
            while (grew) {
                grew = false;
                for (int j = i + 1; j < sorted.size() && sorted.get(j).pos() - m.pos() <= 2.5; j++) {
                    Segment o = sorted.get(j);
                    if (!used[j] && o.start() <= m.end() + 2 && m.start() <= o.end() + 2) {
                        used[j] = true;
                        weighted += o.pos() * o.length();
                        weight += o.length();
                        m = new Segment(m.horizontal(), m.pos(), Math.min(m.start(), o.start()), Math.max(m.end(), o.end()));
                        grew = true;
                    }
                }
            }
            out.add(new Segment(m.horizontal(), weight > 0 ? weighted / weight : m.pos(), m.start(), m.end()));
        }
        return out;
    }

    /** A gap between two pieces of one line at most this share uncovered is hidden, not open. */
    static final double UNCOVERED = 0.1;

    /** Pieces of one line (positions within 2.5 pixels) whose gap {@code cover} covers are joined. */
    private static List<Segment> bridgeCovered(List<Segment> segs, Ink cover) {
        List<Segment> sorted = new ArrayList<>(segs);
        sorted.sort((a, b) -> a.start() - b.start());
        List<Segment> out = new ArrayList<>();
        boolean[] used = new boolean[sorted.size()];
        for (int i = 0; i < sorted.size(); i++) {
            if (used[i]) {
                continue;
            }
            Segment m = sorted.get(i);
            for (int j = i + 1; j < sorted.size(); j++) {
                Segment o = sorted.get(j);
                if (!used[j] && Math.abs(o.pos() - m.pos()) <= 2.5 && o.start() > m.end() && covered(cover, m, o.start())) {
                    used[j] = true;
                    m = new Segment(m.horizontal(), (m.pos() * m.length() + o.pos() * o.length()) / (m.length() + o.length()),
                            m.start(), o.end());
                }
            }
            out.add(m);
        }
        return out;
    }

    /** Whether the line's continuation from its end to {@code to} is covered (within 2 pixels across it). */
    private static boolean covered(Ink cover, Segment s, int to) {
        int p = (int) Math.round(s.pos());
        int open = 0;
        for (int a = s.end(); a < to; a++) {
            boolean on = s.horizontal()
                    ? cover.count(a, Math.max(0, p - 2), a + 1, Math.min(cover.height(), p + 3)) > 0
                    : cover.count(Math.max(0, p - 2), a, Math.min(cover.width(), p + 3), a + 1) > 0;
            if (!on && ++open > UNCOVERED * (to - s.end())) {
                return false;
            }
        }
        return true;
    }

    /** How many of the other orientation's lines meet this one (cross it or end on it). */
    private static int touching(Segment s, List<Segment> others, int tol) {
        int n = 0;
        for (Segment o : others) {
            if (o.pos() >= s.start() - tol && o.pos() <= s.end() + tol && s.pos() >= o.start() - tol && s.pos() <= o.end() + tol) {
                n++;
            }
        }
        return n;
    }

    /** Runs of ink of at least minLen along every row (or column), merged over adjacent rows into lines. */
    private static List<Segment> runs(Ink ink, boolean horizontal, int minLen, int gap) {
        int lines = horizontal ? ink.height() : ink.width();
        LineRuns found = horizontal ? LineRuns.alongRows(ink, minLen, gap) : LineRuns.alongColumns(ink, minLen, gap);
        List<int[]> open = new ArrayList<>(); // {start, end, firstRow, lastRow, weightedSum, count}
        List<Segment> out = new ArrayList<>();
        for (int l = 0; l < lines; l++) {
            List<int[]> next = new ArrayList<>();
            for (int k = found.first()[l]; k < found.first()[l + 1]; k++) {
                int[] r = {found.start()[k], found.end()[k]};
                int[] joined = null;
                for (int[] o : open) {
                    if (o[3] == l - 1 && r[0] < o[1] && o[0] < r[1]) {
                        joined = o;
                        break;
                    }
                }
                if (joined == null) {
                    joined = new int[] {r[0], r[1], l, l, 0, 0};
                } else {
                    open.remove(joined);
                    joined[0] = Math.min(joined[0], r[0]);
                    joined[1] = Math.max(joined[1], r[1]);
                    joined[3] = l;
                }
                joined[4] += l;
                joined[5]++;
                next.add(joined);
            }
            for (int[] o : open) {
                out.add(close(o, horizontal));
            }
            open = next;
        }
        for (int[] o : open) {
            out.add(close(o, horizontal));
        }
        // a thick band of ink (a filled box, a seal's ring) is not a line
        out.removeIf(s -> s == null);
        return out;
    }

    private static Segment close(int[] o, boolean horizontal) {
        int thickness = o[3] - o[2] + 1;
        if (thickness > 8 && thickness * 4 > o[1] - o[0]) {
            return null;
        }
        return new Segment(horizontal, (double) o[4] / o[5], o[0], o[1]);
    }
}
