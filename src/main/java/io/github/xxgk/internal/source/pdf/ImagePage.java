package io.github.xxgk.internal.source.pdf;

import io.github.xxgk.internal.source.ocr.GrayImage;
import org.apache.pdfbox.cos.COSArray;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceGray;
import org.apache.pdfbox.pdmodel.graphics.color.PDDeviceRGB;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.util.Matrix;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.List;

/**
 * A page that paints one upright picture and nothing else ({@link SoleImage}: a scanned page) turned into the
 * images {@link PageImages} gives, straight from the picture's samples: each pixel's brightest and darkest channel
 * taken once per sample, then placed on a white page of the renderer's size by {@link PlaneResampler} the way
 * PDFBox's renderer places it (Java2D's bicubic interpolation, or the nearest sample where PDFBox asks for it). It
 * spares the renderer's RGB copy of the picture, its interpolation of three channels into a page of ints, and the
 * reduction of that page to grey.
 * <p>
 * Only pictures whose samples are their colours are taken: 8 bits a channel in DeviceGray or DeviceRGB with the
 * default decoding, whatever filter but JPX (whose own header may change the colour space). The renderer keeps the
 * rest (a palette, an ICC profile, CMYK, Lab, 1-bit and 16-bit samples, JBIG2 and CCITT, a /Decode array), a
 * picture the renderer shrinks to under half its size (it smooths it first), a turned page, a page with
 * annotations (drawn over the page) and a document with optional content (which may hide the picture).
 */
final class ImagePage {

    /** The scale under which PDFBox smooths a picture before drawing it (its default downscaling threshold). */
    private static final double SMOOTHED_BELOW = 0.5;

    private ImagePage() {
    }

    /** The page at {@code dpi} as {@link PageImages#render} gives it, or null when only the renderer draws it exactly. */
    static PageImages.Rendered render(PDDocument doc, PDPage page, SoleImage.Placed placed, double dpi) throws IOException {
        PDImageXObject img = placed.image();
        if (page.getRotation() % 360 != 0 || !page.getAnnotations().isEmpty()
                || doc.getDocumentCatalog().getOCProperties() != null || !samplesAreColours(img)) {
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
        PlaneResampler.Axis x = new PlaneResampler.Axis(w, (m.getTranslateX() - crop.getLowerLeftX()) * scale,
                m.getScaleX() * scale / w, width);
        PlaneResampler.Axis y = new PlaneResampler.Axis(h, (crop.getUpperRightY() - m.getTranslateY() - m.getScaleY()) * scale,
                m.getScaleY() * scale / h, height);
        if (x.step() < SMOOTHED_BELOW || y.step() < SMOOTHED_BELOW) {
            return null;
        }
        // PDFBox draws a picture of fewer samples than points (under 72 dpi) with its nearest samples, unless it asks to be interpolated
        boolean nearest = !img.getInterpolate()
                && (w < Math.abs(Math.round(m.getScalingFactorX())) || h < Math.abs(Math.round(m.getScalingFactorY())));
        int channels = img.getColorSpace().getNumberOfComponents();
        byte[] samples = new byte[w * h * channels];
        try (InputStream in = img.createInputStream()) {
            if (in.readNBytes(samples, 0, samples.length) < samples.length) {
                return null; // a short stream: the renderer draws what there is
            }
        }
        byte[][] planes = channels == 1 ? new byte[][] {samples, null} : brightestAndDarkest(samples);
        byte[] bright = onPage(planes[0], x, y, nearest);
        byte[] dark = planes[1] == null ? null : onPage(planes[1], x, y, nearest);
        // a page without colour: its darkest channel is the page itself (as PageImages says)
        GrayImage darkest = dark == null || Arrays.equals(bright, dark) ? null : new GrayImage(width, height, dark);
        return new PageImages.Rendered(new GrayImage(width, height, bright), darkest, dpi);
    }

    private static boolean samplesAreColours(PDImageXObject img) throws IOException {
        List<COSName> filters = img.getStream().getFilters();
        if (filters.contains(COSName.JPX_DECODE) || img.getBitsPerComponent() != 8) {
            return false;
        }
        PDColorSpace cs = img.getColorSpace();
        if (!(cs instanceof PDDeviceRGB) && !(cs instanceof PDDeviceGray)) {
            return false;
        }
        COSArray decode = img.getDecode();
        return decode == null || Arrays.equals(decode.toFloatArray(), cs.getDefaultDecode(8));
    }

    /** Interleaved RGB samples as two planes, the brightest and the darkest channel; the darkest null where all are grey. */
    private static byte[][] brightestAndDarkest(byte[] rgb) {
        int n = rgb.length / 3;
        byte[] bright = new byte[n];
        byte[] dark = new byte[n];
        boolean colour = false;
        for (int i = 0, j = 0; i < n; i++, j += 3) {
            int r = rgb[j] & 255;
            int g = rgb[j + 1] & 255;
            int b = rgb[j + 2] & 255;
            int max = Math.max(r, Math.max(g, b));
            int min = Math.min(r, Math.min(g, b));
            bright[i] = (byte) max;
            dark[i] = (byte) min;
            colour |= max != min;
        }
        return new byte[][] {bright, colour ? dark : null};
    }

    /** The plane on a white page. */
    private static byte[] onPage(byte[] plane, PlaneResampler.Axis x, PlaneResampler.Axis y, boolean nearest) {
        byte[] page = new byte[x.pixels() * y.pixels()];
        Arrays.fill(page, (byte) 255);
        PlaneResampler.paint(plane, x, y, nearest, page);
        return page;
    }
}
