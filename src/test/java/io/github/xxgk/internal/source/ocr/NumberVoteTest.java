package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The vote over a number's readings, on the readings Tesseract gave for cells of the corpus's table pictures
 * (009's table 三, research_institution column: line mode read 0, 0 at 30 and 40 px; raw-line mode 1, 1 at 36 and
 * 40 px and 0 at 30 px with a wide margin; the cell prints 0).
 */
class NumberVoteTest {

    @Test
    void theMajorityWinsAndTheDissentStaysAsDoubt() {
        NumberVote v = new NumberVote(null);
        v.add(new Reading("0", 97f));
        v.add(new Reading("1", 86f));
        assertFalse(v.settled());
        v.add(new Reading("0", 94f));
        v.add(new Reading("1", 83f));
        v.add(new Reading("0", 94f));
        CellText t = v.result("");
        assertEquals("0", t.text());
        assertEquals("1", t.otherReading(), "the readings disagree: the cell is in doubt whatever won");
        assertEquals(94f, t.confidence());
    }

    @Test
    void twoAgreeingReadingsSettleIt() {
        NumberVote v = new NumberVote(null);
        v.add(new Reading("1 2", 99f));
        v.add(new Reading("12", 95f));
        assertTrue(v.settled());
        CellText t = v.result("元");
        assertEquals("12元", t.text());
        assertNull(t.otherReading());
        assertEquals(95f, t.confidence());
    }

    /** A lone 1 that line mode reads as nothing and raw-line mode reads: one opinion only, which is doubt. */
    @Test
    void emptyReadingsAreNoVotes() {
        NumberVote v = new NumberVote(null);
        v.add(new Reading("", 0f));
        v.add(new Reading("1", 92f));
        assertEquals(1, v.votes());
        assertEquals("?", v.result("").otherReading());
        assertNull(new NumberVote(null).result(""));
    }

    @Test
    void aTieGoesToTheFirstReadingAndIsInDoubt() {
        NumberVote v = new NumberVote(null);
        v.add(new Reading("181", 90f));
        v.add(new Reading("18", 95f));
        CellText t = v.result("");
        assertEquals("181", t.text());
        assertEquals("18", t.otherReading());
    }
}
