package io.github.xxgk.internal.source.ocr;


import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The print of a page that none of the engine's words covers: its connected blobs of ink, each touching no word's
 * box, joined into word-sized boxes (glyphs of one line closer than half an em). Tesseract's layout analysis
 * drops a lone short glyph now and then (the 0 of a column of zeros, a 1); on an unruled table that would leave a
 * blank cell where a number is printed.
 */
final class Blobs {

    /** A blob less high than this share of the body text is a speck, a dot or a comma, not a glyph. */
    private static final double MIN_HEIGHT = 0.35;
    /** A box more than this many ems high is not one line of print. */
    private static final double MAX_HEIGHT = 1.6;
    /** Ink blobs smaller than this many pixels are specks of noise, not strokes. */
    private static final int MIN_BLOB = 6;

    private Blobs() {
    }

    /**
     * Boxes {x0, y0, x1, y1} (x1, y1 exclusive) of print that no word covers, inside the margins.
     *
     * @param em the body text's glyph height in pixels
     */
    static List<int[]> uncovered(Ink ink, List<Word> words, int margin, float em) {
        int w = ink.width();
        int h = ink.height();
        boolean[] covered = new boolean[w * h];
        for (Word word : words) {
            for (int y = Math.max(0, word.y0() - 2); y < Math.min(h, word.y1() + 2); y++) {
                for (int x = Math.max(0, word.x0() - 2); x < Math.min(w, word.x1() + 2); x++) {
                    covered[y * w + x] = true;
                }
            }
        }
        List<int[]> blobs = new ArrayList<>();
        for (int[] b : components(ink, margin, covered)) {
            if (b[4] == 0) {
                blobs.add(new int[] {b[0], b[1], b[2], b[3]});
            }
        }
        return join(blobs, words, em);
    }

    /**
     * The connected blobs of ink (8-connected) inside the margins, specks of fewer than {@value #MIN_BLOB} pixels
     * left out: boxes {x0, y0, x1, y1, touches} (x1, y1 exclusive), touches 1 when a pixel of the blob is
     * {@code covered} (null: none is).
     */
    static List<int[]> components(Ink ink, int margin, boolean[] covered) {
        int w = ink.width();
        int h = ink.height();
        byte[] inked = ink.rows();
        boolean[] seen = new boolean[w * h];
        int[] stack = new int[1024];
        List<int[]> blobs = new ArrayList<>();
        for (int y0 = margin; y0 < h - margin; y0++) {
            for (int x0 = margin; x0 < w - margin; x0++) {
                int start = y0 * w + x0;
                if (inked[start] == 0 || seen[start]) {
                    continue;
                }
                int n = 0;
                int size = 0;
                boolean touches = false;
                int bx0 = x0, by0 = y0, bx1 = x0, by1 = y0;
                stack[n++] = start;
                seen[start] = true;
                while (n > 0) {
                    int p = stack[--n];
                    int px = p % w;
                    int py = p / w;
                    size++;
                    touches |= covered != null && covered[p];
                    bx0 = Math.min(bx0, px);
                    bx1 = Math.max(bx1, px);
                    by0 = Math.min(by0, py);
                    by1 = Math.max(by1, py);
                    for (int dy = -1; dy <= 1; dy++) {
                        for (int dx = -1; dx <= 1; dx++) {
                            int qx = px + dx;
                            int qy = py + dy;
                            if (qx < 0 || qy < 0 || qx >= w || qy >= h) {
                                continue;
                            }
                            int q = qy * w + qx;
                            if (inked[q] != 0 && !seen[q]) {
                                seen[q] = true;
                                if (n == stack.length) {
                                    stack = java.util.Arrays.copyOf(stack, n * 2);
                                }
                                stack[n++] = q;
                            }
                        }
                    }
                }
                if (size >= MIN_BLOB) {
                    blobs.add(new int[] {bx0, by0, bx1 + 1, by1 + 1, touches ? 1 : 0});
                }
            }
        }
        return blobs;
    }

    /** Blobs side by side on one line, closer than half an em, as one box; boxes no glyph could be left out. */
    private static List<int[]> join(List<int[]> blobs, List<Word> words, float em) {
        blobs.sort(Comparator.comparingInt((int[] b) -> b[0]));
        List<int[]> boxes = new ArrayList<>();
        for (int[] b : blobs) {
            int[] into = null;
            for (int[] box : boxes) {
                int overlap = Math.min(box[3], b[3]) - Math.max(box[1], b[1]);
                if (overlap > 0.5 * Math.min(box[3] - box[1], b[3] - b[1]) && b[0] - box[2] < 0.5 * em) {
                    into = box;
                    break;
                }
            }
            if (into == null) {
                boxes.add(b.clone());
            } else {
                into[0] = Math.min(into[0], b[0]);
                into[1] = Math.min(into[1], b[1]);
                into[2] = Math.max(into[2], b[2]);
                into[3] = Math.max(into[3], b[3]);
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int[] box : boxes) {
            int bh = box[3] - box[1];
            if (bh >= MIN_HEIGHT * em && bh <= MAX_HEIGHT * em && apart(box, words, em)) {
                out.add(box);
            }
        }
        return out;
    }

    /**
     * Whether the box stands apart from every word, by an em across and half an em up and down: a glyph the
     * layout analysis dropped stands alone in its column, while a stroke of a Chinese glyph that sticks out of its
     * word's box (read alone it is a 7 or a 4) lies against that word.
     */
    private static boolean apart(int[] box, List<Word> words, float em) {
        for (Word w : words) {
            if (box[0] < w.x1() + em && w.x0() - em < box[2] && box[1] < w.y1() + em / 2 && w.y0() - em / 2 < box[3]) {
                return false;
            }
        }
        return true;
    }
}
