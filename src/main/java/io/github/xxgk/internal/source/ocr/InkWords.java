package io.github.xxgk.internal.source.ocr;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Words of an unruled page found from its ink where the engine's page layout failed. Tesseract reads a page as
 * lines of text; a table's column header is not one: its words stand at different heights (自然人 centred beside
 * 商业 over 企业), and the engine then cuts lines through them, boxes words over two lines or three columns and
 * reads them as junk at low confidence. The header's words are what places a t3 row's numbers in their
 * columns, so where that happens the engine's words are set aside and the print there is cut into words by its
 * own layout (blobs of ink a glyph apart, one line high), each read on its own as a cell is.
 */
final class InkWords {

    /** A word read below this confidence is doubtful enough for its print to be read again by its own layout. */
    static final float DOUBTFUL = 60f;
    /** A word more than this many ems high spans two lines of print: the engine's line finding failed there. */
    static final double TALL = 1.5;
    /** Blobs further apart than this many ems are two words (the glyphs of a word stand a tenth of an em apart). */
    static final double WORD_GAP = 0.5;
    /** A word is at most this many ems high: two lines of print (1.5 em apart or more) never join. */
    static final double LINE_HEIGHT = 1.3;
    /** A word smaller than this many ems both ways is a speck of noise, not print. */
    static final double SPECK = 0.35;

    private InkWords() {
    }

    /**
     * The page's words with those of the doubtful places replaced by words cut from the ink and read one by one;
     * the words unchanged when the engine was sure everywhere.
     *
     * @param em     the body text's glyph height in pixels
     * @param margin the page's margin band, whose print is scanner noise
     */
    static List<Word> mended(List<Word> words, Ink ink, CellReader reader, float em, int margin) {
        List<Word> doubtful = new ArrayList<>();
        for (Word w : words) {
            if (doubtful(w, em)) {
                doubtful.add(w);
            }
        }
        if (doubtful.isEmpty()) {
            return words;
        }
        List<int[]> cut = cut(Blobs.components(ink, margin, null), em);
        // the words cut from the ink under a doubtful word, the engine's words over those, the cut words under
        // these, and so on: a word the engine boxed over three columns goes with every column it covers
        boolean[] reread = new boolean[cut.size()];
        boolean[] dropped = new boolean[words.size()];
        List<int[]> boxes = new ArrayList<>();
        for (Word w : doubtful) {
            boxes.add(new int[] {w.x0(), w.y0(), w.x1(), w.y1()});
        }
        while (!boxes.isEmpty()) {
            List<int[]> next = new ArrayList<>();
            for (int k = 0; k < cut.size(); k++) {
                if (!reread[k] && overlapsAny(cut.get(k), boxes)) {
                    reread[k] = true;
                    next.add(cut.get(k));
                }
            }
            boxes = new ArrayList<>();
            for (int k = 0; k < words.size(); k++) {
                Word w = words.get(k);
                int[] b = {w.x0(), w.y0(), w.x1(), w.y1()};
                if (!dropped[k] && (doubtful.contains(w) || overlapsAny(b, next))) {
                    dropped[k] = true;
                    boxes.add(b);
                }
            }
        }
        List<Word> out = new ArrayList<>();
        int line = 0;
        for (int k = 0; k < words.size(); k++) {
            if (!dropped[k]) {
                out.add(words.get(k));
                line = Math.max(line, words.get(k).line() + 1);
            }
        }
        List<int[]> read = new ArrayList<>();
        for (int k = 0; k < cut.size(); k++) {
            if (reread[k]) {
                read.add(cut.get(k));
            }
        }
        read.sort(Comparator.comparingInt((int[] b) -> b[1] + b[3]));
        List<Word> added = new ArrayList<>();
        int row = 0;
        double lastCentre = Double.NEGATIVE_INFINITY;
        for (int[] b : read) {
            double centre = (b[1] + b[3]) / 2.0;
            if (centre - lastCentre > em / 2) {
                row++;
            }
            lastCentre = centre;
            // read as Chinese first: these are the engine's doubtful text words, and the shape test of a cell takes
            // a label opening with narrow glyphs (自然人) for a number with a unit; print that reads as no Chinese
            // is read as a cell (a number there is read again part by part, as every number is)
            CellText t = reader.readLabel(b[0] - 3, b[1] - 3, b[2] + 3, b[3] + 3);
            if (!UnruledPage.hasHan(t.text())) {
                t = reader.read(b[0] - 3, b[1] - 3, b[2] + 3, b[3] + 3);
            }
            if (!t.text().isBlank()) {
                added.add(new Word(t.text(), b[0], b[1], b[2], b[3], t.confidence(), row));
            }
        }
        added.sort(Comparator.comparingInt(Word::line).thenComparingInt(Word::x0));
        // each word a line of its own, so that nothing joins it to a neighbour but what its print says
        for (Word w : punctuationJoined(added, em)) {
            out.add(new Word(w.text(), w.x0(), w.y0(), w.x1(), w.y1(), w.confidence(), line++));
        }
        return out;
    }

    /** Full-width punctuation whose ink stands at the left of its em: the space after it is the mark's own. */
    private static final String CLOSING = "，、：；。）》”,:;)";
    /** Full-width punctuation whose ink stands at the right of its em. */
    private static final String OPENING = "（《“(";

    /**
     * Words of one line joined where the gap between them is a punctuation mark's own space (after ，、：or before
     * （), less than {@link UnruledPage#JOIN} ems: one run of text, as the engine's words are joined. Any other
     * gap of more than half an em is kept: it may be the gap between two columns' words (商业 科研).
     */
    private static List<Word> punctuationJoined(List<Word> sorted, float em) {
        List<Word> out = new ArrayList<>();
        for (Word w : sorted) {
            Word last = out.isEmpty() ? null : out.get(out.size() - 1);
            if (last != null && last.line() == w.line() && w.x0() - last.x1() < UnruledPage.JOIN * em
                    && (CLOSING.indexOf(last.text().charAt(last.text().length() - 1)) >= 0 || OPENING.indexOf(w.text().charAt(0)) >= 0)) {
                out.set(out.size() - 1, new Word(last.text() + w.text(), last.x0(), Math.min(last.y0(), w.y0()), w.x1(),
                        Math.max(last.y1(), w.y1()), Math.min(last.confidence(), w.confidence()), last.line()));
            } else {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * A word that is no number (a number is read again part by part anyway) and that the engine read unsure of
     * it, or a Chinese word it boxed over more than one line of print.
     */
    static boolean doubtful(Word w, float em) {
        String t = w.text().strip();
        boolean han = UnruledPage.hasHan(t);
        // the engine boxes a mark of punctuation (、（ ）) as high as its line: only a Chinese glyph's box says
        // where the lines are
        return (han || !UnruledPage.NUMBERISH.matcher(t).find()) && (w.confidence() < DOUBTFUL || han && w.y1() - w.y0() > TALL * em);
    }

    /**
     * Blobs joined into words: side by side less than {@link #WORD_GAP} ems apart, or one above the other where
     * they overlap across (the strokes of 二), as long as the word stays one line high.
     */
    static List<int[]> cut(List<int[]> blobs, float em) {
        List<int[]> words = new ArrayList<>();
        for (int[] b : blobs) {
            words.add(new int[] {b[0], b[1], b[2], b[3]});
        }
        boolean merged = true;
        while (merged) {
            merged = false;
            words.sort(Comparator.comparingInt((int[] w) -> w[0]));
            boolean[] gone = new boolean[words.size()];
            List<int[]> out = new ArrayList<>();
            for (int i = 0; i < words.size(); i++) {
                if (gone[i]) {
                    continue;
                }
                int[] a = words.get(i);
                // sorted by their left edges: a blob further right than the gap, and every one after it, is apart
                for (int j = i + 1; j < words.size() && words.get(j)[0] - a[2] <= WORD_GAP * em; j++) {
                    int[] b = words.get(j);
                    if (!gone[j] && joins(a, b, em)) {
                        a[0] = Math.min(a[0], b[0]);
                        a[1] = Math.min(a[1], b[1]);
                        a[2] = Math.max(a[2], b[2]);
                        a[3] = Math.max(a[3], b[3]);
                        gone[j] = true;
                        merged = true;
                    }
                }
                out.add(a);
            }
            words = out;
        }
        // a speck of noise is smaller than a third of an em both ways (a dash or a 1 is long one way)
        words.removeIf(w -> w[2] - w[0] < SPECK * em && w[3] - w[1] < SPECK * em);
        return words;
    }

    private static boolean joins(int[] a, int[] b, float em) {
        int top = Math.min(a[1], b[1]);
        int bottom = Math.max(a[3], b[3]);
        if (bottom - top > LINE_HEIGHT * em) {
            return false;
        }
        int across = Math.max(a[0], b[0]) - Math.min(a[2], b[2]);
        int upDown = Math.max(a[1], b[1]) - Math.min(a[3], b[3]);
        // side by side on one line, or one above the other within a line's height: parts of one glyph (二, 三, 会)
        return upDown <= 0 ? across <= WORD_GAP * em : across <= 0;
    }

    private static boolean overlapsAny(int[] b, List<int[]> boxes) {
        for (int[] o : boxes) {
            if (b[0] < o[2] && o[0] < b[2] && b[1] < o[3] && o[1] < b[3]) {
                return true;
            }
        }
        return false;
    }
}
