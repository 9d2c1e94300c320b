package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * How an unruled page's print is cut into words where the engine's layout failed, on blob boxes measured on 012's
 * unruled scan (200 dpi, body glyphs 31 px high): the t3 column header 商业 科研 (0.77 em apart), 自然人 beside them
 * two thirds of an em higher, 企业 a line below 商业; and which of the engine's words are doubtful. No engine runs.
 */
class InkWordsTest {

    private static final float EM = 31;

    @Test
    void theStrokesOfOneGlyphAreOneWord() {
        // 二: two flat strokes one above the other, 15 px apart
        List<int[]> words = InkWords.cut(List.of(new int[] {254, 2136, 295, 2140, 0}, new int[] {252, 2156, 297, 2162, 0}), EM);
        assertEquals(1, words.size());
        assertArrayEquals(new int[] {252, 2136, 297, 2162}, words.get(0));
    }

    @Test
    void columnWordsStayApartAndLinesNeverJoin() {
        List<int[]> blobs = List.of(
                new int[] {1001, 1807, 1027, 1838, 0}, new int[] {1030, 1807, 1054, 1838, 0}, // 商 业
                new int[] {1078, 1807, 1105, 1838, 0}, new int[] {1108, 1807, 1135, 1838, 0}, // 科 研, 24 px further
                new int[] {880, 1787, 910, 1818, 0}, new int[] {912, 1787, 940, 1818, 0}, new int[] {942, 1787, 971, 1818, 0}, // 自然人
                new int[] {990, 1888, 1020, 1919, 0}, new int[] {1023, 1888, 1054, 1919, 0}); // 企 业, 81 px below 商业
        List<int[]> words = InkWords.cut(blobs, EM);
        words.sort(java.util.Comparator.comparingInt((int[] w) -> w[1]).thenComparingInt(w -> w[0]));
        assertEquals(4, words.size());
        assertArrayEquals(new int[] {880, 1787, 971, 1818}, words.get(0));
        assertArrayEquals(new int[] {1001, 1807, 1054, 1838}, words.get(1));
        assertArrayEquals(new int[] {1078, 1807, 1135, 1838}, words.get(2));
        assertArrayEquals(new int[] {990, 1888, 1054, 1919}, words.get(3));
    }

    @Test
    void aSpeckIsNoWordButADashIs() {
        List<int[]> words = InkWords.cut(List.of(new int[] {500, 500, 506, 506, 0}, new int[] {700, 515, 740, 518, 0}), EM);
        assertEquals(1, words.size());
        assertArrayEquals(new int[] {700, 515, 740, 518}, words.get(0));
    }

    @Test
    void doubtfulWordsAreTextReadUnsureOrBoxedOverTwoLines() {
        // as the engine gave them on 012's page 3
        assertTrue(InkWords.doubtful(new Word("服务", 1372, 1783, 1459, 1852, 43, 14), EM));
        assertTrue(InkWords.doubtful(new Word("机", 1080, 1843, 1114, 1932, 77, 15), EM));
        assertTrue(InkWords.doubtful(new Word("^", 962, 1783, 971, 1852, 44, 14), EM));
        assertFalse(InkWords.doubtful(new Word("商业", 1001, 1807, 1054, 1838, 96, 14), EM));
        // a mark of punctuation boxed as high as its line, read surely
        assertFalse(InkWords.doubtful(new Word("、", 298, 1985, 325, 2055, 93, 16), EM));
        // a number is read again part by part whatever the engine made of it
        assertFalse(InkWords.doubtful(new Word("26", 907, 2013, 941, 2039, 12, 16), EM));
    }
}
