package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;

/**
 * The tilt of a drawn table is measured with its sign (positive: turned clockwise on the image), and the
 * straightened page gives back exactly the table's ruling lines.
 */
class DeskewTest {

    private static final int ROWS = 8;
    private static final int COLS = 5;

    /** A ruled table of ROWS x COLS cells with a digit in each, drawn turned by {@code degrees} about the centre. */
    static BufferedImage table(double degrees) {
        BufferedImage img = new BufferedImage(1200, 1000, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 1000);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        // Java2D's positive rotation turns content clockwise on screen (y runs down)
        g.rotate(Math.toRadians(degrees), 600, 500);
        g.setColor(Color.BLACK);
        g.setStroke(new BasicStroke(2f));
        int x0 = 150;
        int y0 = 200;
        int w = 180;
        int h = 70;
        for (int r = 0; r <= ROWS; r++) {
            g.drawLine(x0, y0 + r * h, x0 + COLS * w, y0 + r * h);
        }
        for (int c = 0; c <= COLS; c++) {
            g.drawLine(x0 + c * w, y0, x0 + c * w, y0 + ROWS * h);
        }
        g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
        for (int r = 0; r < ROWS; r++) {
            for (int c = 0; c < COLS; c++) {
                g.drawString(Integer.toString((r * 7 + c * 3) % 10), x0 + c * w + 80, y0 + r * h + 48);
            }
        }
        g.dispose();
        return img;
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.2, -0.8, 0.0, 2.5, -3.0})
    void angleHasTheSignOfTheTilt(double degrees) {
        GrayImage img = GrayImage.of(table(degrees));
        double measured = Deskew.angle(Ink.of(img));
        assertEquals(degrees, measured, 0.06, "tilt " + degrees + " measured as " + measured);
    }

    @ParameterizedTest
    @ValueSource(doubles = {1.2, -0.8})
    void straightenedTableGivesItsRulings(double degrees) {
        GrayImage img = GrayImage.of(table(degrees));
        int threshold = Ink.otsu(img);
        GrayImage straight = Deskew.straighten(img, Deskew.angle(Ink.of(img, threshold)));
        List<Segment> lines = RulingFinder.find(Ink.of(straight, threshold), 30);
        assertEquals(ROWS + 1, lines.stream().filter(Segment::horizontal).count(), lines.toString());
        assertEquals(COLS + 1, lines.stream().filter(s -> !s.horizontal()).count(), lines.toString());
        for (Segment s : lines) {
            // after straightening, a line of the table runs its whole length within a pixel or two of level
            assertEquals(s.horizontal() ? COLS * 180 : ROWS * 70, s.length(), 8, s.toString());
        }
    }
}
