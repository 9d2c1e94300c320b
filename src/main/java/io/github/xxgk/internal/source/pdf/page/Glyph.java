package io.github.xxgk.internal.source.pdf.page;

/**
 * One glyph as drawn, in display coordinates of its page: origin top-left, y downwards, after the page's
 * /Rotate and after turning sideways text upright. {@code size} is the font size in points; {@code dir} the
 * direction the text runs in (0, 90, 180, 270 degrees, clockwise from rightwards).
 */
public record Glyph(float x, float y, float w, float h, String text, float size, int dir) {

    public float right() {
        return x + w;
    }

    public float bottom() {
        return y + h;
    }

    public float cx() {
        return x + w / 2;
    }

    public float cy() {
        return y + h / 2;
    }

    public boolean isSpace() {
        return text.isBlank();
    }

    /**
     * Whether the glyph's text is a character a report is written in (ASCII, CJK, a letter or digit, punctuation)
     * rather than a font's private code: a text layer of mostly private codes is unreadable without OCR.
     */
    public boolean isReadable() {
        char c = text.charAt(0);
        return c < 0x80 || TextLines.isCjk(c) || Character.isLetterOrDigit(c) || Character.getType(c) == Character.OTHER_PUNCTUATION;
    }
}
