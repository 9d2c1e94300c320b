package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.Test;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A red seal stamped over a ruling line hides it once the red is dropped to read the print; the line's pieces on
 * either side of the seal's stroke are one line, while a line left open on paper (a merged cell) stays open.
 */
class RulingFinderTest {

    // DeskewTest.table(0): columns at x = 150 + c * 180, rows at y = 200 + r * 70, 8 rows of 5 cells
    private static final int SEALED_X = 150 + 3 * 180;
    private static final int OPEN_X = 150 + 1 * 180;
    private static final int TOP = 200;
    private static final int BOTTOM = 200 + 8 * 70;

    private static BufferedImage stamped() {
        BufferedImage img = DeskewTest.table(0);
        Graphics2D g = img.createGraphics();
        // a merged cell: the line between columns 0 and 1 left out in rows 3 and 4, paper beneath
        g.setColor(Color.WHITE);
        g.fillRect(OPEN_X - 3, TOP + 3 * 70 + 3, 7, 2 * 70 - 6);
        // the seal's ring, opaque red, running along the line between columns 2 and 3 (tangent at its left)
        g.setColor(new Color(220, 40, 40));
        g.setStroke(new BasicStroke(9f));
        g.drawOval(SEALED_X - 4, 330, 300, 300);
        g.dispose();
        return img;
    }

    private static List<Segment> verticalsAt(List<Segment> segs, int x) {
        return segs.stream().filter(s -> !s.horizontal() && Math.abs(s.pos() - x) <= 3).toList();
    }

    @Test
    void aLineUnderASealIsOneLine() {
        BufferedImage img = stamped();
        GrayImage print = GrayImage.of(img);
        Ink ink = Ink.of(print);
        Ink cover = Ink.of(GrayImage.darkestOf(img), Ink.otsu(print));
        List<Segment> without = RulingFinder.find(ink, 40);
        // dropping the red hides the line: without the cover it falls into pieces
        assertTrue(verticalsAt(without, SEALED_X).size() >= 2, without.toString());

        List<Segment> with = RulingFinder.find(ink, cover, 40);
        List<Segment> sealed = verticalsAt(with, SEALED_X);
        assertEquals(1, sealed.size(), sealed.toString());
        assertEquals(TOP, sealed.get(0).start(), 3);
        assertEquals(BOTTOM, sealed.get(0).end(), 3);
        // the open line stays open: its gap is paper
        assertEquals(2, verticalsAt(with, OPEN_X).size(), verticalsAt(with, OPEN_X).toString());
    }
}
