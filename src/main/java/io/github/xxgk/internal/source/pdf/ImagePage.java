package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.ocr.GrayImage;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.awt.geom.AffineTransform;
import java.awt.geom.NoninvertibleTransformException;
import java.io.IOException;
import java.util.Arrays;

/**
 * A page that paints one upright picture and nothing else ({@link SoleImage}: a scanned page) turned into the
 * images {@link PageImages} gives, straight from the picture's samples: placed on a white page of the renderer's
 * size by {@link PictureResampler} as PDFBox's renderer places it (Java2D's bicubic interpolation, to the last bit),
 * each pixel's brightest and darkest channel taken as it is made. It spares the renderer's copies of the picture
 * (to red-green-blue, to a picture of ints), its general interpolation of a page of ints, and the reduction of
 * that page to grey; a grey picture is interpolated once, not as three channels.
 * <p>
 * Only pictures whose samples are their colours are taken ({@link ImageSamples}). The renderer keeps the rest, a
 * picture the renderer shrinks to under half its size (it smooths it first) or spreads under 72 dpi (it copies
 * the nearest samples, by Java2D's own stepping), a turned page, a page with annotations (drawn over the page)
 * and a document with optional content (which may hide the picture).
 */
final class ImagePage {

    /**
     * PDFBox smooths a picture it shrinks to under half its size before drawing it (its default downscaling
     * threshold, judged in floats): a little above half is left to it too.
     */
    private static final double SMOOTHED_BELOW = 0.51;
    /** Java2D's tolerance for a picture's size and place to count as whole pixels. */
    private static final double CLOSE = 0.0001;

    private ImagePage() {
    }

    /** The page at {@code dpi} as {@link PageImages#render} gives it, or null when only the renderer draws it exactly. */
    static PageImages.Rendered render(PDDocument doc, PDPage page, SoleImage.Placed placed, double dpi) throws IOException {
        PDImageXObject img = placed.image();
        if (page.getRotation() % 360 != 0 || !page.getAnnotations().isEmpty()
                || doc.getDocumentCatalog().getOCProperties() != null) {
            return null;
        }
        // the renderer's page size and scale (PDFRenderer.renderImageWithDPI)
        float scale = (float) dpi / 72f;
        PDRectangle crop = page.getCropBox();
        int width = (int) Math.max(Math.floor(crop.getWidth() * scale), 1);
        int height = (int) Math.max(Math.floor(crop.getHeight() * scale), 1);
        Matrix m = placed.ctm();
        int w = img.getWidth();
        int h = img.getHeight();
        AffineTransform toPage = toPage(scale, crop, m, w, h);
        if (toPage.getScaleX() < SMOOTHED_BELOW || toPage.getScaleY() < SMOOTHED_BELOW) {
            return null;
        }
        // PDFBox draws a picture of fewer samples than points (under 72 dpi) with its nearest samples unless it asks
        // to be interpolated, and Java2D copies those by a tiled fixed-point stepping of its own: left to them
        if (!img.getInterpolate()
                && (w < Math.abs(Math.round(m.getScalingFactorX())) || h < Math.abs(Math.round(m.getScalingFactorY())))) {
            return null;
        }
        PictureResampler.Axis[] axes = copied(toPage, w, h, width, height);
        if (axes == null) {
            axes = interpolated(toPage, w, h, width, height);
            if (axes == null) {
                return null;
            }
        }
        ImageSamples.Samples samples = ImageSamples.of(img);
        if (samples == null) {
            return null;
        }
        byte[] bright = GrayImage.blank(width, height).pixels();
        byte[] dark = samples.channels() == 1 ? null : GrayImage.blank(width, height).pixels();
        PictureResampler.paint(samples.bytes(), samples.channels(), axes[0], axes[1], bright, dark);
        // a page without colour: its darkest channel is the page itself (as PageImages says)
        GrayImage darkest = dark == null || Arrays.equals(bright, dark) ? null : new GrayImage(width, height, dark);
        return new PageImages.Rendered(new GrayImage(width, height, bright), darkest, dpi);
    }

    /**
     * From the picture's pixels to the page's, composed as PDFRenderer, PageDrawer and Java2D compose it (the same
     * operations in the same order, so the same rounding): the page's scale, the flip to y down, the picture's
     * matrix, the picture's pixels into its unit square.
     */
    private static AffineTransform toPage(float scale, PDRectangle crop, Matrix ctm, int w, int h) {
        AffineTransform t = new AffineTransform();
        t.scale(scale, scale);
        t.translate(0, crop.getHeight());
        t.scale(1, -1);
        t.translate(-crop.getLowerLeftX(), -crop.getLowerLeftY());
        AffineTransform picture = ctm.createAffineTransform();
        picture.scale(1.0 / w, -1.0 / h);
        picture.translate(0, -h);
        t.concatenate(picture);
        return t;
    }

    /**
     * Java2D copies a picture whose size on the page is within {@value #CLOSE} of its own and whose corner is as near
     * a pixel's corner, rather than interpolate it (DrawImage.tryCopyOrScale): each axis stepped one sample a pixel
     * from that pixel. Null when it interpolates.
     */
    private static PictureResampler.Axis[] copied(AffineTransform toPage, int w, int h, int width, int height) {
        double[] c = {0, 0, w, h};
        toPage.transform(c, 0, c, 0, 2);
        if (Math.abs(c[2] - c[0] - w) >= CLOSE || Math.abs(c[3] - c[1] - h) >= CLOSE) {
            return null;
        }
        int x = (int) Math.floor(c[0] + 0.5);
        int y = (int) Math.floor(c[1] + 0.5);
        if (Math.abs(c[0] - x) >= CLOSE || Math.abs(c[1] - y) >= CLOSE) {
            return null;
        }
        long centre = fixed(0.5);
        long one = fixed(1);
        return new PictureResampler.Axis[] {new PictureResampler.Axis(w, width, x, centre, one),
            new PictureResampler.Axis(h, height, y, centre, one)};
    }

    /**
     * Java2D's interpolation (TransformHelper): the centre of the first pixel of the picture's box, rounded out,
     * taken back into the picture by the inverse transform, and the step from pixel to pixel, both in 32.32 fixed
     * point. Null when the transform has no inverse.
     */
    private static PictureResampler.Axis[] interpolated(AffineTransform toPage, int w, int h, int width, int height) {
        AffineTransform fromPage;
        try {
            fromPage = toPage.createInverse();
        } catch (NoninvertibleTransformException e) {
            return null;
        }
        double[] corners = {0, 0, w, h};
        toPage.transform(corners, 0, corners, 0, 2);
        int x1 = Math.max(0, (int) Math.floor(Math.min(corners[0], corners[2])));
        int y1 = Math.max(0, (int) Math.floor(Math.min(corners[1], corners[3])));
        double cx = x1 + 0.5;
        double cy = y1 + 0.5;
        return new PictureResampler.Axis[] {
            new PictureResampler.Axis(w, width, x1, fixed(fromPage.getScaleX() * cx + fromPage.getShearX() * cy
                    + fromPage.getTranslateX()), fixed(fromPage.getScaleX())),
            new PictureResampler.Axis(h, height, y1, fixed(fromPage.getShearY() * cx + fromPage.getScaleY() * cy
                    + fromPage.getTranslateY()), fixed(fromPage.getScaleY()))};
    }

    /** A coordinate in Java2D's 32.32 fixed point, cut toward zero as it cuts it. */
    private static long fixed(double v) {
        return (long) (v * 4294967296.0);
    }
}
