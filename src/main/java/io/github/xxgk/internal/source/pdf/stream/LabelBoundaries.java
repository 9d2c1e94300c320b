package io.github.xxgk.internal.source.pdf.stream;

import java.util.ArrayList;
import java.util.List;

/** Where the label area of a section divides into columns, from how its label pieces cover each x position. */
final class LabelBoundaries {

    private LabelBoundaries() {
    }

    /**
     * Column boundaries of the label area: where the label pieces thin out (a local minimum of how many
     * pieces cover an x position, well below the columns on both sides) at a place where two pieces of one
     * line are apart. At most two (three label columns). Labels spanning columns keep the minimum above
     * zero, so the depth counts, not the value.
     */
    static List<Float> find(List<List<Piece>> byLine, float from, float to, float em) {
        List<float[]> gaps = new ArrayList<>();
        List<float[]> all = new ArrayList<>();
        for (List<Piece> ps : byLine) {
            for (int i = 0; i < ps.size(); i++) {
                all.add(new float[] {ps.get(i).chunk.left(), ps.get(i).chunk.right()});
                if (i > 0) {
                    gaps.add(new float[] {ps.get(i - 1).chunk.right(), ps.get(i).chunk.left()});
                }
            }
        }
        // two pieces of neighbouring lines that stand side by side (their heights overlap by a tenth or more)
        // are apart too: a block label centred between two rows is set half a line off the row label beside
        // it, and the lines part them
        for (int l = 0; l + 1 < byLine.size(); l++) {
            for (int m = l + 1; m < Math.min(byLine.size(), l + 3); m++) {
                for (Piece a : byLine.get(l)) {
                    for (Piece b : byLine.get(m)) {
                        Chunk x = a.chunk.left() < b.chunk.left() ? a.chunk : b.chunk;
                        Chunk y = x == a.chunk ? b.chunk : a.chunk;
                        float overlap = Math.min(x.bottom(), y.bottom()) - Math.max(x.top(), y.top());
                        if (x.right() < y.left() && overlap > 0.1f * Math.min(x.bottom() - x.top(), y.bottom() - y.top())
                                && !between(byLine.get(l), x, y) && !between(byLine.get(m), x, y)) {
                            gaps.add(new float[] {x.right(), y.left()});
                        }
                    }
                }
            }
        }
        if (all.size() < 4) {
            return List.of();
        }
        int n = (int) ((to - from) / 0.5f) + 1;
        int[] cover = new int[n];
        boolean[] gap = new boolean[n];
        float[] gapWidth = new float[n];
        for (int i = 0; i < n; i++) {
            float x = from + i * 0.5f;
            for (float[] p : all) {
                // a label across the whole label area (一、本年新收…) says nothing about its columns
                if (p[0] <= x && x <= p[1] && p[1] - p[0] < 0.8f * (to - from)) {
                    cover[i]++;
                }
            }
            for (float[] g : gaps) {
                if (g[0] < x && x < g[1]) {
                    gap[i] = true;
                    gapWidth[i] = Math.max(gapWidth[i], g[1] - g[0]);
                }
            }
        }
        // plateaus of equal cover
        List<int[]> plateaus = new ArrayList<>(); // {start, end, cover}
        for (int i = 0; i < n; i++) {
            if (!plateaus.isEmpty() && plateaus.get(plateaus.size() - 1)[2] == cover[i]) {
                plateaus.get(plateaus.size() - 1)[1] = i;
            } else {
                plateaus.add(new int[] {i, i, cover[i]});
            }
        }
        List<float[]> found = new ArrayList<>(); // {x, depth}
        for (int p = 1; p < plateaus.size() - 1; p++) {
            int[] pl = plateaus.get(p);
            if (plateaus.get(p - 1)[2] <= pl[2] || plateaus.get(p + 1)[2] <= pl[2]) {
                continue;
            }
            boolean hasGap = false;
            float widest = 0;
            for (int i = pl[0]; i <= pl[1]; i++) {
                hasGap |= gap[i];
                widest = Math.max(widest, gapWidth[i]);
            }
            // the peaks on either side: up to the first plateau lower than this one (a dip to the same
            // cover, as between a wrapped block label's lines, does not end the column beside it)
            int left = 0;
            int leftAt = pl[0];
            for (int q = p - 1; q >= 0 && plateaus.get(q)[2] >= pl[2]; q--) {
                if (plateaus.get(q)[2] > left) {
                    left = plateaus.get(q)[2];
                    leftAt = plateaus.get(q)[1];
                }
            }
            int right = 0;
            int rightAt = pl[1];
            for (int q = p + 1; q < plateaus.size() && plateaus.get(q)[2] >= pl[2]; q++) {
                if (plateaus.get(q)[2] > right) {
                    right = plateaus.get(q)[2];
                    rightAt = plateaus.get(q)[0];
                }
            }
            int peak = Math.min(left, right);
            // nothing across it and labels on both sides: a boundary, even where no line has pieces on both
            // sides (in tall rows a block label is centred on a line of its own, between the row labels)
            if (!hasGap && !(pl[2] == 0 && peak >= 2)) {
                continue;
            }
            // a clear gap of an em or more on a line, with nothing across it, is enough (a block label
            // shown on one row only, as at the foot of a page)
            boolean clear = pl[2] == 0 && ((peak >= 1 && widest >= em) || (!hasGap && peak >= 2));
            // an em's gap on a line at a dip of two or more: two cells (labels across all label columns, as
            // 一、本年新收…, raise the cover at the dip and on both sides alike, so the ratio says little)
            boolean wide = widest >= em && peak - pl[2] >= 2;
            // labels across both peaks and the dip (一、本年新收… over all label columns, or a row label of its
            // own over the next) say nothing of it: where they alone cover a dip half an em wide or more, an
            // em's gap on a line (or beside a line) is a boundary, even with one label on either side (a
            // table's first rows at the foot of a page: 三、本年度办理结果 | （一）予以公开 under 一、 and 二、)
            int across = 0;
            float x0 = from + leftAt * 0.5f;
            float x1 = from + rightAt * 0.5f;
            for (float[] q : all) {
                if (q[0] <= x0 && x1 <= q[1] && q[1] - q[0] < 0.8f * (to - from)) {
                    across++;
                }
            }
            wide |= widest >= em && pl[2] == across && peak - across >= 1 && (pl[1] - pl[0]) * 0.5f >= 0.5f * em;
            if (clear || wide || (peak - pl[2] >= 2 && pl[2] <= 0.7f * peak)) {
                found.add(new float[] {from + (pl[0] + pl[1]) * 0.25f, peak - pl[2]});
            }
        }
        found.sort((a, b) -> Float.compare(b[1], a[1]));
        List<Float> out = new ArrayList<>();
        for (int i = 0; i < Math.min(2, found.size()); i++) {
            out.add(found.get(i)[0]);
        }
        out.sort(Float::compare);
        return out;
    }

    /** Whether a piece of the line stands between two chunks. */
    private static boolean between(List<Piece> line, Chunk left, Chunk right) {
        for (Piece p : line) {
            if (p.chunk != left && p.chunk != right && p.chunk.right() > left.right() && p.chunk.left() < right.left()) {
                return true;
            }
        }
        return false;
    }
}
