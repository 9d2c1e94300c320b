package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.report.OcrNote;
import io.github.xxgk.internal.source.pdf.page.Glyph;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * A scanned page without ruling lines (an unruled table, or prose) turned into glyphs with their boxes, so that
 * the unruled PDF reader ({@code source.pdf.stream}) finds its columns and rows exactly as on a born-digital page.
 *
 * <p>Tesseract's whole-page words give the layout and the Chinese text. Its whole-page reading of numbers is
 * poor (665 read as 65, a lone 0 dropped), so every word that is not Chinese is read again on its own by the
 * same {@link CellReader} that reads a ruled cell, with its votes and its doubt; and print that no word covers
 * (a lone digit the layout analysis dropped) is read the same way, so that a blank value cell is one with no
 * ink, not one whose number was lost. Each glyph carries the note of what it was read from.
 */
final class UnruledPage {

    /** Words of the page's margin band (a fiftieth of its width) are scanner noise. */
    private static final int MARGIN_DIVISOR = 50;
    /** A short Chinese word read below this confidence may be a number the engine took for Chinese. */
    static final float SURE = 80f;
    /** What a number or a misread of one holds (a digit, a letter such as O or l, a dash); punctuation alone is not. */
    static final Pattern NUMBERISH = Pattern.compile("[0-9A-Za-z—\\-]");
    /** A Chinese glyph is about an em wide; a digit about half of one. */
    static final double DIGIT_WIDTH = 0.6;
    /** Words of Chinese text closer than this many ems are one run of text (label columns stand further apart). */
    static final double JOIN = 0.7;
    /** Glyphs of one number stand closer than this many ems. */
    static final double GAP = 0.5;

    private UnruledPage() {
    }

    /**
     * Appends the page's words as glyphs, one per character spread evenly over the word's box, with their notes;
     * returns the engine's reading of the page's lines ({@link #lines}).
     *
     * @param s     points per pixel
     * @param trust how far the engine's confidence is to be believed on this page ({@link ScannedPage#trust})
     */
    static String read(OcrEngine engine, GrayImage page, Ink ink, CellReader reader, float s, double trust,
                       List<Glyph> glyphs, Map<Glyph, OcrNote> notes) {
        int margin = page.width() / MARGIN_DIVISOR;
        List<Word> words = new ArrayList<>();
        for (Word w : engine.words(page)) {
            if (!w.text().isBlank() && w.x1() >= margin && w.x0() <= page.width() - margin) {
                words.add(w);
            }
        }
        float em = bodyHeight(words);
        if (em <= 0) {
            return "";
        }
        // the engine's lines keep its words in their order; the glyphs take the words mended where its layout failed
        List<Word> engineWords = words;
        words = InkWords.mended(words, ink, reader, em, margin);
        for (int i = 0; i < words.size(); i++) {
            Word w = words.get(i);
            String text = w.text().strip();
            boolean han = hasHan(text);
            // one Chinese glyph as narrow as a digit is a digit the engine took for Chinese (7 read as 下), however sure
            boolean digitWide = text.codePointCount(0, text.length()) == 1 && w.x1() - w.x0() < DIGIT_WIDTH * em;
            if (han ? w.confidence() >= SURE && !digitWide || text.codePointCount(0, text.length()) > 2 : !NUMBERISH.matcher(text).find()) {
                add(text, w.x0(), w.y0(), textEnd(words, i, em), w.y1(), em, s, new OcrNote((float) (w.confidence() * trust), null),
                        glyphs, notes);
                continue;
            }
            // a number, or a short word the engine was unsure of (23 read as 计, 0 as 二): each part of its print
            // read as a cell; a part that is no number keeps the engine's word
            List<int[]> parts = parts(ink, w, em);
            List<CellText> read = new ArrayList<>();
            boolean numbers = !parts.isEmpty();
            boolean apart = apart(words, i, em);
            for (int[] b : parts) {
                CellText t = reader.read(b[0] - 3, b[1] - 3, b[2] + 3, b[3] + 3);
                read.add(t);
                // a Chinese word is taken for a number on a sure reading, or standing apart from all text as a
                // value does (its doubt kept): a narrow glyph of a label (勾 in 勾稽) reads as a digit
                numbers &= t.value() && NUMBERISH.matcher(t.text()).find()
                        && (!han || apart || (t.confidence() >= SURE && t.otherReading() == null));
            }
            if (!numbers) {
                add(text, w.x0(), w.y0(), w.x1(), w.y1(), em, s, new OcrNote((float) (w.confidence() * trust), null), glyphs, notes);
                continue;
            }
            for (int k = 0; k < parts.size(); k++) {
                int[] b = parts.get(k);
                CellText t = read.get(k);
                add(t.text(), b[0], b[1], b[2], b[3], em, s, new OcrNote((float) (t.confidence() * trust), t.otherReading()), glyphs, notes);
            }
        }
        for (int[] b : Blobs.uncovered(ink, words, margin, em)) {
            CellText t = reader.read(b[0] - 3, b[1] - 3, b[2] + 3, b[3] + 3);
            if (!t.value() && hasHan(t.text())) {
                // a word the layout analysis dropped (a column header such as 总计 standing alone)
                add(t.text(), b[0], b[1], b[2], b[3], em, s, new OcrNote((float) (t.confidence() * trust), null), glyphs, notes);
                continue;
            }
            if (t.text().isEmpty() || !t.value()) {
                // print standing apart that reads as neither is kept as a mark read as nothing: the unruled reader
                // takes a column of a row no glyph reaches into for one seen blank, and this print may be a number
                add("?", b[0], b[1], b[2], b[3], em, s, new OcrNote(0f, t.text().isEmpty() ? "?" : t.text()), glyphs, notes);
                continue;
            }
            add(t.text(), b[0], b[1], b[2], b[3], em, s, new OcrNote((float) (t.confidence() * trust), t.otherReading()),
                    glyphs, notes);
        }
        return lines(engineWords);
    }

    /**
     * The engine's own reading of the page's lines: its words in its order, a line a line. Prose reads better so
     * than from the glyphs above, where a number is read again and placed by its ink and the Chinese around it is
     * spread over its word's box, so that a date comes out of order (2022年12月31日 as 20年222月31).
     */
    static String lines(List<Word> words) {
        StringBuilder sb = new StringBuilder();
        int line = -1;
        for (Word w : words) {
            if (!sb.isEmpty()) {
                sb.append(w.line() == line ? ' ' : '\n');
            }
            line = w.line();
            sb.append(w.text().strip());
        }
        return sb.toString();
    }

    /** Whether word i stands more than an em from every other word beside it (a value does; a label's glyph does not). */
    private static boolean apart(List<Word> words, int i, float em) {
        Word w = words.get(i);
        for (int k = 0; k < words.size(); k++) {
            Word o = words.get(k);
            if (k != i && o.y0() < w.y1() && w.y0() < o.y1() && o.x0() < w.x1() + em && w.x0() - em < o.x1()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Where word i's text ends: at the next word of its line when that word is text too and stands less than
     * {@link #JOIN} ems away. Chinese is set without spaces; the engine cuts a line of it into words anywhere and
     * leaves the gaps of its tight boxes between them, which the unruled reader would take for the gaps between
     * label columns.
     */
    private static int textEnd(List<Word> words, int i, float em) {
        Word w = words.get(i);
        if (i + 1 < words.size()) {
            Word next = words.get(i + 1);
            String t = next.text().strip();
            if (next.line() == w.line() && next.x0() > w.x1() && next.x0() - w.x1() < JOIN * em
                    && (hasHan(t) || !NUMBERISH.matcher(t).find()) && hasHan(w.text())) {
                return next.x0();
            }
        }
        return w.x1();
    }

    /**
     * The print of a word cut where its glyphs stand more than half an em apart: the engine now and then takes
     * the numbers of neighbouring columns (0 &nbsp; 0 &nbsp; 0) for one word, and no number has such a gap inside.
     */
    static List<int[]> parts(Ink ink, Word w, float em) {
        List<int[]> out = new ArrayList<>();
        InkBox box = InkBox.of(ink, w.x0() - 2, w.y0() - 2, w.x1() + 2, w.y1() + 2);
        if (box == null || box.lines().size() != 1) {
            return out;
        }
        int[] cur = null;
        for (int[] c : box.columns(ink, 0)) {
            if (cur != null && c[0] - cur[2] <= GAP * em) {
                cur[2] = c[1];
                continue;
            }
            cur = new int[] {c[0], box.y0(), c[1], box.y1()};
            out.add(cur);
        }
        return out;
    }

    /**
     * The text's characters as glyphs spread over the box, all of the body text's height and centred on the box's
     * middle: the unruled reader measures gaps in ems and groups lines by their centres, so digits (shorter than
     * Chinese glyphs) and Chinese of one printed line must come out alike.
     */
    private static void add(String text, int x0, int y0, int x1, int y1, float em, float s, OcrNote note,
                            List<Glyph> glyphs, Map<Glyph, OcrNote> notes) {
        int[] cps = text.codePoints().filter(c -> !Character.isWhitespace(c)).toArray();
        if (cps.length == 0) {
            return;
        }
        float cw = (x1 - x0) * s / cps.length;
        float h = em * s;
        float y = (y0 + y1) / 2f * s - h / 2;
        for (int i = 0; i < cps.length; i++) {
            Glyph g = new Glyph(x0 * s + i * cw, y, cw, h, new String(Character.toChars(cps[i])), h, 0);
            glyphs.add(g);
            notes.put(g, note);
        }
    }

    /** The median height of the Chinese words: the body text's glyph height in pixels (0 when none). */
    static float bodyHeight(List<Word> words) {
        List<Integer> hs = new ArrayList<>();
        for (Word w : words) {
            if (hasHan(w.text())) {
                hs.add(w.y1() - w.y0());
            }
        }
        if (hs.isEmpty()) {
            return 0;
        }
        hs.sort(Integer::compare);
        return hs.get(hs.size() / 2);
    }

    static boolean hasHan(String s) {
        return CellReader.han(s) > 0;
    }
}
