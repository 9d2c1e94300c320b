package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.Truth;
import io.github.xxgk.internal.normalize.CellKinds;
import io.github.xxgk.internal.normalize.ValueParser;
import io.github.xxgk.report.OcrNote;
import io.github.xxgk.internal.source.pdf.layout.Grid;
import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;
import io.github.xxgk.internal.validate.OcrCheck;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import technology.tabula.Rectangle;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.math.BigDecimal;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A red seal stamped squarely over a number: 004's table 四 from its scan-seal.pdf with a seal centred on the 12 of
 * litigation_direct.upheld (fixtures/ocr/004-seal-over-t4.jpg: {@code tools/degrade-scans.py}'s sealnum.pdf of 004,
 * page 3, the rows of table 四 cut out at 213 dpi). The star over the 12 reads as a glyph of text (&lt;圭, 7时); as a
 * label it made table 四's reader drop the five numbers left of it and move the nine right of it one key on, every
 * one of them read surely: litigation_direct.upheld got the 0 of litigation_after_review, and no check named it.
 */
class SealOverNumberTest {

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    /** The fixture's resolution. */
    private static final double DPI = 213;

    /** The fixture's page: its brightest and darkest channels, and what {@link ScannedPage} reads of it. */
    private record Sealed(GrayImage gray, GrayImage darkest, PageObjects page) {

        static Sealed read() throws Exception {
            BufferedImage img = ImageIO.read(Path.of("fixtures/ocr/004-seal-over-t4.jpg").toFile());
            GrayImage gray = GrayImage.of(img);
            GrayImage darkest = GrayImage.darkestOf(img);
            return new Sealed(gray, darkest, ScannedPage.read(3, gray, darkest, DPI, false, "004-seal-over-t4.jpg"));
        }
    }

    @Test
    void theFifteenNumbersOfTableFourKeepTheirPlaceAndEveryWrongOneIsInDoubt() throws Exception {
        PageObjects page = Sealed.read().page();

        List<Glyph> row = valueRow(page);
        List<BigDecimal> truth = new ArrayList<>();
        Truth.load("004").cells().forEach((k, v) -> {
            if (k.startsWith("t4.")) {
                truth.add(v);
            }
        });
        assertEquals(15, truth.size());
        assertEquals(15, row.size(), "table 四's value row: " + row.stream().map(Glyph::text).toList());
        int wrong = 0;
        for (int i = 0; i < 15; i++) {
            Glyph g = row.get(i);
            assertFalse(CellKinds.isLabel(g.text()), "cell " + i + " reads as a label: " + g.text());
            BigDecimal v = ValueParser.parse(g.text()).numeric() ? ValueParser.parse(g.text()).number() : null;
            boolean right = v != null && truth.get(i) != null && v.compareTo(truth.get(i)) == 0;
            if (!right) {
                wrong++;
                OcrNote n = page.ocr().get(g);
                assertTrue(n.otherReading() != null || n.why() != null || n.confidence() < OcrCheck.MIN_CONFIDENCE,
                        "cell " + i + " read '" + g.text() + "' for " + truth.get(i) + " with no doubt: " + n);
            }
        }
        // the 12 under the seal's star is not read as 12 (else this page no longer shows what it was cut for)
        assertNotEquals("12", row.get(5).text());
        assertTrue(wrong >= 1 && wrong <= 6, wrong + " cells wrong");
    }

    /**
     * Which numbers Tesseract gets its inverted second look at ({@link CellReader#underColour}): those the seal's red
     * ink lies over, and no number of clean print.
     */
    @Test
    void theNumbersUnderTheSealAreUnderColourAndThoseAwayFromItAreNot() throws Exception {
        Sealed sealed = Sealed.read();
        int threshold = Ink.otsu(sealed.gray());
        Ink ink = Ink.of(sealed.gray(), threshold);
        CellReader reader = new CellReader(null, sealed.gray(), ink, Ink.of(sealed.darkest(), threshold), 4);
        List<Glyph> row = valueRow(sealed.page());
        assertEquals(15, row.size());
        StringBuilder under = new StringBuilder();
        for (Glyph g : row) {
            int cx = (int) Math.round(g.cx() * DPI / 72);
            int cy = (int) Math.round(g.cy() * DPI / 72);
            InkBox box = InkBox.of(ink, cx - 25, cy - 18, cx + 25, cy + 18);
            under.append(box != null && reader.underColour(box) ? 'x' : '.');
        }
        // x: under colour. The seal's centre is on the sixth number, its ring crosses the cells beside it; the first
        // two numbers and the last six lie well away from the ring
        String u = under.toString();
        assertEquals('x', u.charAt(5), u);
        assertEquals("..", u.substring(0, 2), u);
        assertEquals("......", u.substring(9), u);
    }

    /** The row of the table with the most filled cells: table 四's fifteen numbers, left to right. */
    private static List<Glyph> valueRow(PageObjects page) {
        Map<Integer, List<Glyph>> rows = new TreeMap<>();
        for (Glyph g : page.glyphs()) {
            if (!g.text().isBlank()) {
                rows.computeIfAbsent(Math.round(g.cy()), y -> new ArrayList<>()).add(g);
            }
        }
        List<Glyph> best = rows.values().stream().max(Comparator.comparingInt(List::size)).orElseThrow();
        best.sort(Comparator.comparingDouble(Glyph::cx));
        return best;
    }

    private static Grid.GridCell cell(int c) {
        return new Grid.GridCell(0, c, 1, c + 1, new Rectangle(0, c * 10, 10, 10));
    }

    private static CellText[] settle(CellText... texts) {
        List<Grid.GridCell> cells = new ArrayList<>();
        for (int c = 0; c < texts.length; c++) {
            cells.add(cell(c));
        }
        return RowOfNumbers.settle(cells, texts);
    }

    private static CellText number(String text) {
        return new CellText(text, 96f, null, true);
    }

    private static CellText label(String text) {
        return new CellText(text, 96f, null, false);
    }

    @Test
    void aNumberReadWithTextBetweenNumbersIsItsDigitsInDoubt() {
        CellText[] out = settle(label("四、结转"), number("1"), number("7时"), number("0"));
        assertEquals("7", out[2].text());
        assertEquals("7时", out[2].otherReading());
        assertTrue(out[2].why().contains("7时"));
        CellText[] star = settle(number("1"), label("<圭"), number("0"));
        assertEquals("", star[1].text());
        assertEquals("<圭", star[1].otherReading());
    }

    @Test
    void labelsUnitsAndRowEndsAreLeftAsRead() {
        // a sub-row label with a narrow ordinal, a number with its unit, a label between two label-and-number pairs
        CellText[] in = {number("3.其他"), number("0"), number("12万元"), number("5"), label("规范性文件"), number("0"),
            number("7时")};
        CellText[] out = settle(in);
        for (int i = 0; i < in.length; i++) {
            assertEquals(in[i].text(), out[i].text());
            assertNull(out[i].why());
        }
    }
}
