package io.github.xxgk.internal.source.pdf.stream;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.TextLines;

import java.util.List;
import java.util.regex.Pattern;

/**
 * Glyphs of one line set close together: a word, a label piece or one value cell's text. A value chunk is a
 * number (with its unit) or the dash of a blank cell.
 */
record Chunk(List<Glyph> glyphs, String text, float left, float right, float top, float bottom, boolean value) {

    /** The dashes and slashes a blank cell is printed as (Chrome's PDF turns —— and ／ into ⸺ and ∕). */
    static final String DASHES = "—－-/／⸺⸻∕";
    static final Pattern VALUE = Pattern.compile("[+\\-－]?[0-9０-９][0-9０-９,，.．]*\\s?[%万元件笔个项]{0,2}|["
            + DASHES.replace("-", "\\-") + "]{1,2}");
    private static final Pattern HAN = Pattern.compile("\\p{IsHan}");

    /** The chunk of the glyphs; it is a value only where {@code valueAllowed} and its text reads as one. */
    static Chunk of(List<Glyph> g, boolean valueAllowed) {
        String t = TextLines.join(g);
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        for (Glyph x : g) {
            top = Math.min(top, x.y());
            bottom = Math.max(bottom, x.bottom());
            left = Math.min(left, x.x());
            right = Math.max(right, x.right());
        }
        return new Chunk(g, t, left, right, top, bottom, valueAllowed && VALUE.matcher(t).matches());
    }

    float cx() {
        return (left + right) / 2;
    }

    float cy() {
        return (top + bottom) / 2;
    }

    float size() {
        float s = 0;
        for (Glyph g : glyphs) {
            s = Math.max(s, g.size());
        }
        return s > 0 ? s : bottom - top;
    }

    /** Whether the chunk is text with a Chinese character in it, not a value. */
    boolean isWord() {
        return !value && HAN.matcher(text).find();
    }

    /** Whether the two chunks overlap horizontally. */
    boolean overlaps(Chunk other) {
        return left < other.right && other.left < right;
    }
}
