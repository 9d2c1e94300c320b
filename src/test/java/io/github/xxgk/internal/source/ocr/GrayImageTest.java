package io.github.xxgk.internal.source.ocr;

import org.junit.jupiter.api.Test;

import java.awt.image.BufferedImage;
import java.util.Random;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** A rendered page's pixels read in place give what reading them through the image's colour model gives. */
class GrayImageTest {

    @Test
    void aRenderedPageReadInPlaceIsReadAsThroughItsColourModel() {
        Random random = new Random(21);
        BufferedImage rendered = new BufferedImage(37, 23, BufferedImage.TYPE_INT_RGB);
        BufferedImage other = new BufferedImage(37, 23, BufferedImage.TYPE_INT_ARGB);
        for (int y = 0; y < 23; y++) {
            for (int x = 0; x < 37; x++) {
                int rgb = random.nextInt(1 << 24);
                rendered.setRGB(x, y, rgb);
                other.setRGB(x, y, 0xff000000 | rgb);
            }
        }
        GrayImage fast = GrayImage.of(rendered);
        assertArrayEquals(GrayImage.of(other).pixels(), fast.pixels());
        assertArrayEquals(GrayImage.darkestOf(other).pixels(), GrayImage.darkestOf(rendered).pixels());
        // red ink: the brightest channel drops it, the darkest keeps it
        rendered.setRGB(0, 0, 0xd01010);
        assertEquals(0xd0, GrayImage.of(rendered).get(0, 0));
        assertEquals(0x10, GrayImage.darkestOf(rendered).get(0, 0));
        assertTrue(!fast.samePixels(GrayImage.darkestOf(rendered)));
    }
}
