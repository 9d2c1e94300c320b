package io.github.xxgk.internal.source.ocr;

import io.github.xxgk.internal.source.pdf.page.Glyph;
import io.github.xxgk.internal.source.pdf.page.PageObjects;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import javax.imageio.ImageIO;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * Which numbers Tesseract gets its inverted second look at ({@link CellReader#underColour}): those a seal's red ink
 * lies over, and no number of clean print. fixtures/ocr/004-seal-over-t4.jpg is 004's table 四 with a red seal
 * centred on the 12 of litigation_direct.upheld, the sixth of its fifteen numbers ({@link SealOverNumberTest}).
 */
class UnderColourTest {

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    @Test
    void aNumberUnderTheSealIsUnderColourAndNumbersAwayFromItAreNot() throws Exception {
        BufferedImage img = ImageIO.read(Path.of("fixtures/ocr/004-seal-over-t4.jpg").toFile());
        GrayImage gray = GrayImage.of(img);
        GrayImage darkest = GrayImage.darkestOf(img);
        double dpi = 213;
        PageObjects page = ScannedPage.read(3, gray, darkest, dpi, false, "004-seal-over-t4.jpg");
        int threshold = Ink.otsu(gray);
        Ink ink = Ink.of(gray, threshold);
        CellReader reader = new CellReader(null, gray, ink, Ink.of(darkest, threshold), 4);
        List<Glyph> row = new ArrayList<>();
        for (Glyph g : page.glyphs()) {
            if (!g.text().isBlank()) {
                row.add(g);
            }
        }
        float rowY = row.stream().max(Comparator.comparingInt(g -> sameRow(g, row))).orElseThrow().cy();
        row.removeIf(g -> Math.abs(g.cy() - rowY) > 2);
        row.sort(Comparator.comparingDouble(Glyph::cx));
        assertEquals(15, row.size());
        StringBuilder under = new StringBuilder();
        for (Glyph g : row) {
            int cx = (int) Math.round(g.cx() * dpi / 72);
            int cy = (int) Math.round(g.cy() * dpi / 72);
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

    private static int sameRow(Glyph g, List<Glyph> all) {
        return (int) all.stream().filter(o -> Math.abs(o.cy() - g.cy()) <= 2).count();
    }
}
