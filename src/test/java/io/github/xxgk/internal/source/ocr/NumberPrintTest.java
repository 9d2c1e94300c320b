package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.Test;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

/**
 * What the print of a number says against a reading, on glyphs cut from the corpus's table pictures (enlarged to
 * 200 dpi as the picture reader does; the cells of {@link CellShapeTest}, whose print truth.json gives) and on
 * numbers composed of those glyphs, degraded the way misreads seen on unseen reports were: a run of ones
 * shortened, a digit lost or added, a decimal point lost, a 0 read as 1. No engine runs: the print alone decides.
 */
class NumberPrintTest {

    /** 004's t4.review.upheld: a lone 1. */
    private static Cut one() throws Exception {
        return Cut.of(CellShapeTest.enlarged("004", "t2.jpg"), 10, 117, 73, 145);
    }

    /** 009's t3.denied_state_secret.research_institution: a 0. */
    private static Cut zero() throws Exception {
        return Cut.of(CellShapeTest.enlarged("009", "t1.jpg"), 587, 252, 649, 280);
    }

    /** 002's t3.granted.natural_person: a 7. */
    private static Cut seven() throws Exception {
        return Cut.of(CellShapeTest.enlarged("002", "t1.jpg"), 474, 173, 525, 201);
    }

    /** 004's t4.review.other_result: a 2. */
    private static Cut two() throws Exception {
        return Cut.of(CellShapeTest.enlarged("004", "t2.jpg"), 137, 117, 200, 145);
    }

    @Test
    void aGlyphFitsItsOwnReading() throws Exception {
        assertNull(one().print().contradicts("1"));
        assertNull(zero().print().contradicts("0"));
        assertNull(seven().print().contradicts("7"));
        assertNull(two().print().contradicts("2"));
    }

    /** The silent misread of an unseen picture page: a t2 0 read as 1. A 0 is as wide as a digit; a 1 is not. */
    @Test
    void aZeroIsNotAOne() throws Exception {
        assertNotNull(zero().print().contradicts("1"));
        assertNotNull(one().print().contradicts("0"), "a 1 is too narrow for a 0");
        assertNotNull(zero().print().contradicts("8"), "a 0 enlarged from screen size closes no loop; an 8 would");
    }

    /** 11 read as 1, 111 as 11: each 1 of the run is a glyph of its own, with paper between. */
    @Test
    void aRunOfOnesShortenedIsSeen() throws Exception {
        Cut one = one();
        NumberPrint eleven = Cut.row(one, one).print();
        assertEquals(2, eleven.glyphs());
        assertNull(eleven.contradicts("11"));
        assertNotNull(eleven.contradicts("1"));
        NumberPrint oneEleven = Cut.row(one, one, one).print();
        assertNull(oneEleven.contradicts("111"));
        assertNotNull(oneEleven.contradicts("11"));
    }

    /** 77 read as 7, 27 read as 7 (the unseen 97 → 7), and a digit added (72 read as 720). */
    @Test
    void aDigitLostOrAddedIsSeen() throws Exception {
        Cut seven = seven();
        Cut two = two();
        assertNotNull(Cut.row(seven, seven).print().contradicts("7"));
        assertNull(Cut.row(seven, seven).print().contradicts("77"));
        assertNotNull(Cut.row(two, seven).print().contradicts("7"));
        assertNotNull(Cut.row(seven, two).print().contradicts("720"));
    }

    /** Two 7s whose strokes touch are one run of ink, wider than any digit: 7 alone cannot be what it prints. */
    @Test
    void touchingGlyphsAreNotOneDigit() throws Exception {
        Cut seven = seven();
        NumberPrint touching = Cut.touching(seven, seven).print();
        assertEquals(1, touching.glyphs(), "one run of ink");
        assertNull(touching.contradicts("77"), touching.toString());
        assertNotNull(touching.contradicts("7"));
    }

    /** 5949.088667 read as 5949088667: a point inked but not read; 72 read as 72. or 7.2: a point read but not inked. */
    @Test
    void aPointLostOrAddedIsSeen() throws Exception {
        Cut seven = seven();
        Cut two = two();
        NumberPrint withPoint = Cut.row(seven, Cut.point(seven), two).print();
        assertNull(withPoint.contradicts("7.2"));
        assertNotNull(withPoint.contradicts("72"));
        NumberPrint without = Cut.row(seven, two).print();
        assertNotNull(without.contradicts("7.2"));
        assertNotNull(without.contradicts("72."));
        assertNotNull(without.contradicts("72,"));
    }

    /**
     * A glyph's print: the ink box of a cell, with the page around it, and the threshold of the page it was cut
     * from.
     */
    private record Cut(GrayImage img, int threshold) {

        /** Half the paper between two glyphs, in pixels (glyphs are about 22 high). */
        static final int SPACE = 2;

        static Cut of(GrayImage page, int x0, int y0, int x1, int y1) {
            int threshold = Ink.otsu(page);
            NumberPrint print = new CellReader(null, page, Ink.of(page, threshold), 4).printOf(px(x0), px(y0), px(x1), px(y1));
            int left = print.parts().get(0).x0();
            int right = print.parts().get(print.parts().size() - 1).x1();
            int top = print.parts().stream().mapToInt(NumberPrint.Part::top).min().orElseThrow();
            int bottom = print.parts().stream().mapToInt(NumberPrint.Part::bottom).max().orElseThrow();
            // glyphs a fifth of their height apart, as a number prints them; paper above and below
            return new Cut(page.crop(left - SPACE, top - 6, right + SPACE, bottom + 6), threshold);
        }

        private static int px(int at96) {
            return (int) Math.round(at96 * 200 / 96.0);
        }

        /** A point as a printer inks one: a square dot the glyph's stroke wide, on its baseline. */
        static Cut point(Cut like) {
            int h = like.img().height();
            int side = Math.max(3, h / 8);
            int w = side + 2 * SPACE;
            byte[] p = new byte[w * h];
            java.util.Arrays.fill(p, (byte) 255);
            for (int y = h - 6 - side; y < h - 6; y++) {
                for (int x = SPACE; x < SPACE + side; x++) {
                    p[y * w + x] = 0;
                }
            }
            return new Cut(new GrayImage(w, h, p), like.threshold());
        }

        /** The glyphs side by side on one line, as a number prints them. */
        static Cut row(Cut... cuts) {
            int w = 0;
            int h = 0;
            for (Cut c : cuts) {
                w += c.img().width();
                h = Math.max(h, c.img().height());
            }
            byte[] p = new byte[w * h];
            java.util.Arrays.fill(p, (byte) 255);
            int at = 0;
            for (Cut c : cuts) {
                int dy = h - c.img().height();
                for (int y = 0; y < c.img().height(); y++) {
                    for (int x = 0; x < c.img().width(); x++) {
                        p[(y + dy) * w + at + x] = (byte) c.img().get(x, y);
                    }
                }
                at += c.img().width();
            }
            return new Cut(new GrayImage(w, h, p), cuts[0].threshold());
        }

        /** Two glyphs drawn so close that their ink overlaps by a pixel (a bold font, a blurred scan). */
        static Cut touching(Cut a, Cut b) {
            int at = a.img().width() - 2 * SPACE - 1;
            int w = at + b.img().width();
            int h = Math.max(a.img().height(), b.img().height());
            byte[] p = new byte[w * h];
            java.util.Arrays.fill(p, (byte) 255);
            Cut[] cuts = {a, b};
            for (int k = 0; k < 2; k++) {
                Cut c = cuts[k];
                int x0 = k == 0 ? 0 : at;
                int dy = h - c.img().height();
                for (int y = 0; y < c.img().height(); y++) {
                    for (int x = 0; x < c.img().width(); x++) {
                        int i = (y + dy) * w + x0 + x;
                        p[i] = (byte) Math.min(p[i] & 255, c.img().get(x, y));
                    }
                }
            }
            return new Cut(new GrayImage(w, h, p), a.threshold());
        }

        NumberPrint print() {
            CellReader reader = new CellReader(null, img, Ink.of(img, threshold), 0);
            return reader.printOf(0, 0, img.width(), img.height());
        }
    }
}
