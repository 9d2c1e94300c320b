package io.github.xxgk.internal.source.ocr;

import java.util.List;

/**
 * Reads one table cell of a straightened page. What a cell holds is decided by the shape of its print before
 * anything is read: a single line of narrow glyphs (digits are about half as wide as they are high) is a
 * number and goes to the digits model; anything with a square glyph (Chinese) or on several lines is a label
 * and goes to chi_sim. A number followed by square glyphs (75394432.52元) is read in two parts, since a digits
 * whitelist turns 元 into 7.
 *
 * <p>Crops are scaled to a glyph height, not by a fixed factor (Tesseract drops 0 and 1 in crops blown up past
 * about 400 dpi), and every number is read at two glyph heights: readings that differ are kept as doubt.
 * A crop with ink that gives nothing at one height is read at a third. The number's print ({@link NumberPrint}:
 * its glyphs, points, widths and loops) rules out a reading it contradicts, and names a cell whose every reading
 * it contradicts. A cell is blank for certain only when neither fainter ink nor a seal's colour lies in it.
 */
public final class CellReader {

    /**
     * Glyph heights, in pixels, that numbers are read at in line mode, step by step; Tesseract's LSTM lines are
     * about this high.
     */
    static final int[] NUMBER_HEIGHTS = {30, 40, 24};
    /** The same steps in raw-line mode, which reads best a little larger (it drops the 1 of 12 below 36). */
    static final int[] RAW_HEIGHTS = {36, 40, 30};
    /** A margin that changes what raw-line mode sees around a glyph: one more opinion that errs differently. */
    static final int WIDE_PAD = 30;
    public static final int LABEL_HEIGHT = 34;
    /** Heights a label is read at until it gives something (a two-glyph label such as 规章 gave nothing at 28-40). */
    static final int[] LABEL_HEIGHTS = {LABEL_HEIGHT, 28, 40, 24, 20};
    /** A digit is at most this wide for its height; a Chinese glyph is about as wide as high. */
    static final double NARROW = 0.78;
    /** The widest unit after a number, in glyph heights (万元 with a little space). */
    static final double MAX_UNIT = 2.6;

    /** A number read below this confidence may be Chinese with narrow parts: it is read as a label too. */
    static final float SURE_DIGITS = 60f;
    /**
     * The widest a digit's print is, with the space after it, in glyph heights (a digit is about half as wide
     * as high; a comma or a point is narrower still).
     */
    static final double DIGIT_ADVANCE = 0.8;
    /** The share of a number's box that colour ink must darken for the box to count as under a seal. */
    static final double COLOUR_SHARE = 0.02;

    /**
     * A cell whose print the threshold does not show but fainter ink or a seal's colour does: a number may be
     * there (a 0 under a seal, a faint stroke), so the cell is not blank for certain and nothing was read.
     */
    public static final CellText INK_UNREAD = new CellText("", 0f, null, true);

    private final OcrEngine engine;
    private final GrayImage page;
    private final Ink ink;
    private final Ink cover;
    private final int inset;
    private Ink faint;
    private int tone;

    /**
     * @param page  the straightened page
     * @param ink   its ink
     * @param inset pixels to leave out along a cell's borders (the ruling's thickness and its blur)
     */
    public CellReader(OcrEngine engine, GrayImage page, Ink ink, int inset) {
        this(engine, page, ink, null, inset);
    }

    /**
     * @param cover the page's ink with its colour kept (a seal as dark as the print), at the same threshold, or
     *              null when the page has no colour
     */
    public CellReader(OcrEngine engine, GrayImage page, Ink ink, Ink cover, int inset) {
        this.engine = engine;
        this.page = page;
        this.ink = ink;
        this.cover = cover;
        this.inset = inset;
    }

    /**
     * Reads the cell x0..x1-1, y0..y1-1 (its ruling lines included) of the page. A cell without print is
     * {@link CellText#BLANK} only when no fainter ink and no seal lies in it either; else it is
     * {@link #INK_UNREAD}.
     */
    public CellText read(int x0, int y0, int x1, int y1) {
        InkBox box = printIn(ink, x0, y0, x1, y1);
        if (box == null) {
            boolean inked = printIn(faint(), x0, y0, x1, y1) != null || cover != null && printIn(cover, x0, y0, x1, y1) != null;
            return inked ? INK_UNREAD : CellText.BLANK;
        }
        if (box.lines().size() == 1) {
            List<int[]> cols = box.columns(ink, 0);
            int h = box.height();
            if (cols.size() == 1 && cols.get(0)[1] - cols.get(0)[0] > 2.5 * h && h * 6 < (y1 - y0)) {
                // a lone stroke, far flatter than any glyph: the dash of an empty cell
                return new CellText("—", 100f, null, true);
            }
            int digitsEnd = box.x0();
            for (int[] c : cols) {
                if (c[1] - c[0] > NARROW * h) {
                    break;
                }
                digitsEnd = c[1];
            }
            // what follows the digits is a unit (元, 万元, 件), short; a label with a narrow first glyph
            // (（一）…, 行政…, 1.属于…) goes on for longer
            if (digitsEnd > box.x0() && box.x1() - digitsEnd <= MAX_UNIT * h) {
                CellText n = number(box, digitsEnd);
                if (n.confidence() >= SURE_DIGITS && fitsItsPrint(n, digitsEnd - box.x0(), h)) {
                    return n;
                }
                // Chinese glyphs made of narrow parts side by side (以, 他, 规) at a small print size pass the
                // shape test; the digits model reads them badly, or reads a few of their strokes as a short number
                // (复议后起诉 as 2) that is far narrower than the print. A phrase of Chinese is a label, which a
                // lone 1 (read by chi_sim as one Chinese character) never is.
                CellText l = label(box);
                if (han(l.text()) >= 2) {
                    return l;
                }
                // a number after all, but an unsure one or one narrower than its print: in doubt either way
                String other = l.text().isEmpty() || l.text().equals(n.text()) ? "?" : l.text();
                return n.otherReading() != null ? n : new CellText(n.text(), n.confidence(), other, true, n.why());
            }
        }
        CellText l = label(box);
        if (l.text().matches("[0-9][0-9.,]*")) {
            // a number whose glyphs did not look like digits (a 5 enlarged from screen size): chi_sim misreads
            // digits, so the digits model reads it too, and where the two differ the cell is in doubt
            CellText n = number(box, box.x1());
            String other = n.text().equals(l.text()) ? n.otherReading() : l.text();
            return new CellText(n.text(), Math.min(n.confidence(), l.confidence()), other, true, n.why());
        }
        return l;
    }

    /**
     * Whether a digits reading has about as many characters as its print is wide: a print more than a digit
     * wider than the reading could be is something the digits model read only part of.
     */
    static boolean fitsItsPrint(CellText n, int printWidth, int glyphHeight) {
        int digits = n.text().replaceAll("\\P{Nd}", "").length();
        int marks = n.text().length() - digits;
        return printWidth <= (digits + 1 + 0.5 * marks) * DIGIT_ADVANCE * glyphHeight;
    }

    private CellText number(InkBox box, int digitsEnd) {
        int h = box.height();
        GrayImage crop = page.crop(box.x0() - 2, box.y0() - 2, digitsEnd + 2, box.y1() + 2);
        NumberPrint print = box.lines().size() == 1 ? NumberPrint.of(faint(), page, tone, box, digitsEnd) : null;
        NumberVote vote = new NumberVote(print);
        // Tesseract's inverted second look at an unsure line is worth its cost only where colour or a dark ground
        // may hide the print, and for a number the first two readings leave unsettled
        boolean inverted = underColour(box) || OcrEngine.mostlyDark(crop);
        // line mode at 30 px and raw-line mode at 36: where they agree, that is the reading
        vote.add(engine.number(crop.scaledPadded((double) NUMBER_HEIGHTS[0] / h, 12), inverted));
        vote.add(engine.numberRaw(crop.scaledPadded((double) RAW_HEIGHTS[0] / h, 12), inverted));
        if (!vote.settled()) {
            // else three more opinions, the majority wins and the rest stay as doubt
            vote.add(engine.number(crop.scaledPadded((double) NUMBER_HEIGHTS[1] / h, 12), true));
            vote.add(engine.numberRaw(crop.scaledPadded((double) RAW_HEIGHTS[1] / h, 12), true));
            vote.add(engine.numberRaw(crop.scaledPadded((double) RAW_HEIGHTS[2] / h, WIDE_PAD), true));
        }
        if (vote.votes() == 0) {
            vote.add(engine.number(crop.scaledPadded((double) NUMBER_HEIGHTS[2] / h, 12), inverted));
        }
        if (vote.allowed() == 1 && print != null && print.glyphs() == 1) {
            // a lone glyph (a 0 enlarged from screen size) that only one mode read: the single-character mode
            // is a second opinion
            vote.add(engine.digit(crop.scaledPadded((double) NUMBER_HEIGHTS[0] / h, 12), inverted));
        }
        if (vote.votes() == 0) {
            // faint strokes (a small print enlarged) that the engine reads as nothing at any height: once more
            // with the strokes made solid, as a doubtful reading
            vote.add(engine.number(crop.binarized(Ink.otsu(crop)).scaledPadded((double) NUMBER_HEIGHTS[0] / h, 12), inverted));
            if (vote.votes() == 0) {
                return new CellText("", 0f, null, true);
            }
        }
        String unit = "";
        if (digitsEnd < box.x1()) {
            GrayImage u = page.crop(digitsEnd, box.y0() - 2, box.x1() + 2, box.y1() + 2);
            unit = cjk(engine.label(u.scaledPadded((double) LABEL_HEIGHT / h, 12)).text());
        }
        return vote.result(unit);
    }

    /**
     * Whether colour ink (a seal's) lies over the print of the box: more of the box is dark with the colour kept
     * than without it. JPEG's colour fringes along black strokes add a few such pixels to any print.
     */
    boolean underColour(InkBox box) {
        if (cover == null) {
            return false;
        }
        int x0 = box.x0() - 2;
        int y0 = box.y0() - 2;
        int x1 = box.x1() + 2;
        int y1 = box.y1() + 2;
        return cover.count(x0, y0, x1, y1) - ink.count(x0, y0, x1, y1) > COLOUR_SHARE * (x1 - x0) * (y1 - y0);
    }

    /**
     * Reads the print of x0..x1-1, y0..y1-1 as Chinese text whatever its shape ({@link CellText#BLANK} when there is
     * none): a label whose first glyphs are narrow (自 of 自然人) has the shape of a number followed by a unit.
     */
    CellText readLabel(int x0, int y0, int x1, int y1) {
        InkBox box = printIn(ink, x0, y0, x1, y1);
        return box == null ? CellText.BLANK : label(box);
    }

    private CellText label(InkBox box) {
        int lineHeight = 0;
        for (int[] l : box.lines()) {
            lineHeight = Math.max(lineHeight, l[1] - l[0]);
        }
        GrayImage crop = page.crop(box.x0() - 3, box.y0() - 3, box.x1() + 3, box.y1() + 3);
        Reading rd = Reading.BLANK;
        for (int target : LABEL_HEIGHTS) {
            // Tesseract now and then gives nothing for a clear crop: another height, then one line at a time
            GrayImage scaled = crop.scaledPadded((double) target / Math.max(8, lineHeight), 12);
            rd = engine.label(scaled);
            if (rd.text().isBlank()) {
                rd = engine.labelLine(scaled);
            }
            if (!rd.text().isBlank()) {
                break;
            }
        }
        if (rd.text().isBlank() && box.lines().size() == 1) {
            // a short label that block and line mode both drop at every height: raw-line mode
            rd = engine.labelRaw(crop.scaledPadded((double) LABEL_HEIGHT / Math.max(8, lineHeight), 0));
        }
        return new CellText(cjk(rd.text()), rd.confidence(), null, false);
    }

    /** How many Chinese characters {@code s} holds. */
    static long han(String s) {
        return s.codePoints().filter(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN).count();
    }

    /** Chinese text as printed: the spaces and line breaks Tesseract puts between CJK characters dropped. */
    public static String cjk(String s) {
        String t = s.replace('\n', ' ').strip();
        return t.replaceAll("(?<=[\\p{IsHan}（）()、，。：；“”\"])\\s+|\\s+(?=[\\p{IsHan}（）()、，。：；“”\"])", "");
    }

    /**
     * Shrinks the region past what is left of its ruling lines: a row or column along the edge that is mostly
     * ink is a border, not print.
     */
    /** The print of a number cell's one line as the number reader sees it; null when the cell has none. */
    NumberPrint printOf(int x0, int y0, int x1, int y1) {
        InkBox box = printIn(ink, x0, y0, x1, y1);
        return box == null ? null : NumberPrint.of(faint(), page, tone, box, box.x1());
    }

    /**
     * The page's ink at a level halfway between the threshold and the paper's grey: print too faint for the
     * threshold (a thin stroke of a glyph enlarged from screen size, a digit half hidden under a seal) is in it.
     * Made when first needed, with {@link #tone}: a level a little darker than the paper's mean, the trace of a
     * stroke enlarged from screen size.
     */
    private Ink faint() {
        if (faint == null) {
            int paper = Ink.paperLevel(page, ink.threshold());
            int level = (ink.threshold() + paper) / 2;
            faint = Ink.of(page, level);
            tone = paper - (paper - level) / 4;
        }
        return faint;
    }

    /** The print of the cell in this ink, its ruling lines and specks left out; null when there is none. */
    private InkBox printIn(Ink in, int x0, int y0, int x1, int y1) {
        int[] r = clear(in, x0 + inset, y0 + inset, x1 - inset, y1 - inset);
        if (r != null) {
            r = clear(in, r[0], r[1], r[2], r[3]);
        }
        if (r == null) {
            return null;
        }
        InkBox box = InkBox.of(in, r[0], r[1], r[2], r[3]);
        return box == null || box.width() < 2 || box.height() < 3 ? null : box;
    }

    private static int[] clear(Ink ink, int x0, int y0, int x1, int y1) {
        for (int k = 0; k < 4 && x1 - x0 > 2 && y1 - y0 > 2; k++) {
            boolean moved = false;
            if (ink.count(x0, y0, x1, y0 + 1) > 0.5 * (x1 - x0)) {
                y0++;
                moved = true;
            }
            if (ink.count(x0, y1 - 1, x1, y1) > 0.5 * (x1 - x0)) {
                y1--;
                moved = true;
            }
            if (ink.count(x0, y0, x0 + 1, y1) > 0.5 * (y1 - y0)) {
                x0++;
                moved = true;
            }
            if (ink.count(x1 - 1, y0, x1, y1) > 0.5 * (y1 - y0)) {
                x1--;
                moved = true;
            }
            if (!moved) {
                break;
            }
        }
        return x1 - x0 > 2 && y1 - y0 > 2 ? new int[] {x0, y0, x1, y1} : null;
    }
}
