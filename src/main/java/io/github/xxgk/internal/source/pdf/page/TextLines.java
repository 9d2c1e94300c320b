package io.github.xxgk.internal.source.pdf.page;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Groups glyphs into lines and lines into text, the way a reader sees them. */
public final class TextLines {

    private TextLines() {
    }

    /** A line of glyphs, left to right. */
    public record Line(List<Glyph> glyphs, float top, float bottom, float left, float right) {

        public float cy() {
            return (top + bottom) / 2;
        }

        public float height() {
            return bottom - top;
        }

        public String text() {
            return join(glyphs);
        }
    }

    /** Lines of the given glyphs, top to bottom; glyphs whose vertical centres fall in one band make a line. */
    public static List<Line> lines(List<Glyph> glyphs) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.removeIf(Glyph::isSpace);
        sorted.sort(Comparator.comparingDouble(Glyph::cy));
        List<List<Glyph>> groups = new ArrayList<>();
        List<float[]> bands = new ArrayList<>();
        for (Glyph g : sorted) {
            List<Glyph> target = null;
            // only the last few lines can take it, since the glyphs come sorted by their centres
            for (int i = groups.size() - 1; i >= Math.max(0, groups.size() - 3); i--) {
                float[] b = bands.get(i);
                float mid = (b[0] + b[1]) / 2;
                float half = Math.max((b[1] - b[0]), g.h()) * 0.35f;
                if (Math.abs(g.cy() - mid) <= half) {
                    target = groups.get(i);
                    b[0] = Math.min(b[0], g.y());
                    b[1] = Math.max(b[1], g.bottom());
                    break;
                }
            }
            if (target == null) {
                target = new ArrayList<>();
                groups.add(target);
                bands.add(new float[] {g.y(), g.bottom()});
            }
            target.add(g);
        }
        List<Line> out = new ArrayList<>(groups.size());
        for (List<Glyph> grp : groups) {
            grp.sort(Comparator.comparingDouble(Glyph::x));
            float top = Float.MAX_VALUE;
            float bottom = -Float.MAX_VALUE;
            for (Glyph g : grp) {
                top = Math.min(top, g.y());
                bottom = Math.max(bottom, g.bottom());
            }
            out.add(new Line(grp, top, bottom, grp.get(0).x(), grp.get(grp.size() - 1).right()));
        }
        out.sort(Comparator.comparingDouble(Line::top));
        return out;
    }

    /** Splits a line where the gap between glyphs is wider than {@code gapEm} times the font size. */
    public static List<List<Glyph>> chunks(List<Glyph> line, float gapEm) {
        List<List<Glyph>> out = new ArrayList<>();
        List<Glyph> cur = new ArrayList<>();
        Glyph prev = null;
        for (Glyph g : line) {
            if (prev != null && g.x() - prev.right() > gapEm * Math.max(prev.size(), g.size())) {
                out.add(cur);
                cur = new ArrayList<>();
            }
            cur.add(g);
            prev = g;
        }
        if (!cur.isEmpty()) {
            out.add(cur);
        }
        return out;
    }

    /** The text of glyphs on one line: a space where the gap is a word gap, never between two ideographs. */
    public static String join(List<Glyph> glyphs) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                continue;
            }
            if (prev != null) {
                float gap = g.x() - prev.right();
                float size = Math.max(prev.size(), g.size());
                boolean wide = !isCjk(lastChar(sb)) || !isCjk(g.text().charAt(0)) ? gap > 0.2f * size : gap > 0.9f * size;
                if (wide) {
                    sb.append(' ');
                }
            }
            sb.append(g.text());
            prev = g;
        }
        return sb.toString();
    }

    /** The text of lines inside one cell: wrapped lines are joined, with a space only between two Latin words. */
    public static String joinLines(List<Line> lines) {
        StringBuilder sb = new StringBuilder();
        for (Line l : lines) {
            String t = l.text();
            if (t.isEmpty()) {
                continue;
            }
            if (sb.length() > 0 && isLatin(lastChar(sb)) && isLatin(t.charAt(0))) {
                sb.append(' ');
            }
            sb.append(t);
        }
        return sb.toString();
    }

    private static char lastChar(StringBuilder sb) {
        return sb.length() == 0 ? ' ' : sb.charAt(sb.length() - 1);
    }

    static boolean isCjk(char c) {
        Character.UnicodeScript s = Character.UnicodeScript.of(c);
        return s == Character.UnicodeScript.HAN || (c >= '\u3000' && c <= '\u303F') || (c >= '\uFF00' && c <= '\uFFEF')
                || c == '\u201C' || c == '\u201D' || c == '\u2018' || c == '\u2019' || c == '\u2014' || c == '\u2026';
    }

    private static boolean isLatin(char c) {
        return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z');
    }
}
