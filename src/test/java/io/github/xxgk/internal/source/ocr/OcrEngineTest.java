package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;

import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The bundled engine runs for real (natives from the Maven artifacts, models from the jar's resources): numbers
 * drawn at a known size are read back by the digits model, and a number followed by 元 is read in two parts.
 */
class OcrEngineTest {

    @AfterAll
    static void close() {
        OcrEngine.closeAll();
    }

    /** A cell: the text drawn in a serif font {@code px} high on white, with a ruled border. */
    static GrayImage cell(String text, int px) {
        BufferedImage img = new BufferedImage(px * (text.length() + 4), px * 3, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, img.getWidth(), img.getHeight());
        g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
        g.setColor(Color.BLACK);
        g.drawRect(0, 0, img.getWidth() - 1, img.getHeight() - 1);
        g.setFont(new Font(Font.SERIF, Font.PLAIN, px));
        g.drawString(text, px, px * 2);
        g.dispose();
        return GrayImage.of(img);
    }

    @Test
    void numbersAreReadWithTheirConfidence() throws Exception {
        OcrEngine engine = OcrEngine.forThisThread();
        for (String n : new String[] {"2648", "0", "1", "75394432.52", "10690"}) {
            GrayImage img = cell(n, 24);
            CellText t = new CellReader(engine, img, Ink.of(img), 2).read(0, 0, img.width(), img.height());
            assertEquals(n, t.text(), "read " + t);
            assertTrue(t.value(), n + " has the shape of a number");
            assertTrue(t.confidence() > 50, t.toString());
        }
    }

    @Test
    void blankCellIsSurelyBlank() throws Exception {
        GrayImage img = cell("", 24);
        CellText t = new CellReader(OcrEngine.forThisThread(), img, Ink.of(img), 2).read(0, 0, img.width(), img.height());
        assertEquals(CellText.BLANK, t);
    }

    @Test
    void sameEngineOnTheSameThread() throws Exception {
        assertTrue(OcrEngine.forThisThread() == OcrEngine.forThisThread());
    }
}
